import OilStatCore
import OilStatReport

/// Every published value of one producer's figure for one month: each vintage with its publication, value and
/// change against the vintage before (ALFRED's "vintage dates" of one observation).
public struct Revisions: Sendable {
    /// One published value.
    public struct Entry: Sendable, Equatable {
        public var vintage: PublicationDate
        public var supersededBy: PublicationDate?
        public var publication: String?
        public var kbd: Double
        /// Against the value before it (nil for the first, or after a gap in which the figure was withdrawn).
        public var change: Double?
    }

    public var producer: Producer
    public var month: Month
    public var selection: SeriesSelection
    /// Oldest first.
    public var entries: [Entry]

    /// The published values of `producer` in `month` from the series `selection` names.
    public static func compute(
        producer: Producer, month: Month, selection: SeriesSelection, database: OilStatDatabase
    ) throws -> Revisions {
        let versions = try database.figureVersions(
            FigureSelection(
                source: selection.source.id, producer: producer.id, from: month, through: month,
                product: selection.product.id, flow: selection.flow, unit: selection.unit))
        var entries: [Entry] = []
        var before: FigureVersion?
        for version in versions.sorted(by: { $0.vintage < $1.vintage }) {
            let contiguous = before.map { $0.supersededBy == version.vintage } ?? false
            entries.append(
                Entry(
                    vintage: version.vintage, supersededBy: version.supersededBy, publication: version.publication,
                    kbd: version.value, change: contiguous ? before.map { version.value - $0.value } : nil))
            before = version
        }
        return Revisions(producer: producer, month: month, selection: selection, entries: entries)
    }

    /// The table: one row per vintage.
    public func reportTable() -> ReportTable {
        let columns = [
            ReportColumn(key: "vintage", heading: "Vintage"),
            ReportColumn(key: "publication", heading: "Publication"),
            ReportColumn(key: "kbd", heading: "kb/d", decimals: 0),
            ReportColumn(key: "change_kbd", heading: "Change kb/d", decimals: 0, signed: true),
            ReportColumn(key: "superseded_by", heading: "Superseded"),
        ]
        let rows: [[ReportValue]] = entries.map {
            [
                .text($0.vintage.description), $0.publication.map(ReportValue.text) ?? .missing,
                .number($0.kbd), $0.change.map(ReportValue.number) ?? .missing,
                $0.supersededBy.map { .text($0.description) } ?? .text("latest"),
            ]
        }
        let withdrawn = entries.last.map { $0.supersededBy != nil } ?? false
        var notes = [
            selection.note,
            "\(entries.count) published values; each is valid from its vintage until the vintage that superseded "
                + "it; `..` = no change to compare (the first value, or after a withdrawal).",
        ]
        if withdrawn { notes.append("The latest publication withdrew the figure: it has no current value.") }
        if entries.isEmpty { notes.append("No figure for \(producer.code) \(month) in this series.") }
        return ReportTable(
            title: "\(producer.name) (\(producer.code)) \(month): published values by vintage", columns: columns,
            rows: rows, notes: notes)
    }
}
