import OilStatCore
import OilStatReport

/// Annual figures of one variable (e.g. the Energy Institute's `oilprod_mt`) for a year, with the change
/// against another year and shares of the countries' total.
public struct AnnualFigures: Sendable {
    /// One producer's line; the change is missing when either year has no figure.
    public struct Entry: Sendable, Equatable {
        public var producer: Producer
        public var value: Double
        public var compared: Double?
        public var change: Double? { compared.map { value - $0 } }
        public var changePercent: Double? {
            guard let compared, compared != 0 else { return nil }
            return (value - compared) / compared * 100
        }
    }

    public var source: Source
    public var variable: String
    public var year: Int
    public var comparedYear: Int
    /// Countries with a figure, largest first (aggregates such as world totals are left out).
    public var entries: [Entry]

    /// Reads `variable` for `year` (and `comparedYear`, by default the year before) from `sourceName`.
    ///
    /// - Throws: `OilStatError` naming the variables and years stored when there is nothing to show.
    public static func compute(
        sourceName: String, variable: String, year: Int, comparedYear: Int? = nil,
        database: OilStatDatabase
    ) throws -> AnnualFigures {
        let source = try database.source(named: sourceName)
        let other = comparedYear ?? year - 1
        var values: [Int: Double] = [:]
        var compared: [Int: Double] = [:]
        for figure in try database.annualFigures(source: source.id, variable: variable, years: [year, other]) {
            if figure.year == year {
                values[figure.producerID] = figure.value
            } else {
                compared[figure.producerID] = figure.value
            }
        }
        guard !values.isEmpty else {
            let known = try database.annualVariables(source: source.id)
                .map { "\($0.variable) \($0.firstYear)-\($0.lastYear)" }
            throw OilStatError.notFound(
                "no annual \(variable) figures for \(year) in source \"\(source.name)\""
                    + (known.isEmpty
                        ? " (import an Energy Institute file with `oilstat import`)"
                        : " (stored: \(known.joined(separator: ", ")))"))
        }
        let producers = try database.producers(ids: values.keys)
        let entries = values.map { Entry(producer: producers[$0.key]!, value: $0.value, compared: compared[$0.key]) }
            .sorted { ($0.value, $1.producer.code) > ($1.value, $0.producer.code) }
        return AnnualFigures(source: source, variable: variable, year: year, comparedYear: other, entries: entries)
    }

    /// The table: producer, value in both years, change and percent change, share of the countries' total.
    public func reportTable() -> ReportTable {
        let total = entries.reduce(0) { $0 + $1.value }
        let columns = [
            ReportColumn(key: "producer", heading: "Code"), ReportColumn(key: "name", heading: "Producer"),
            ReportColumn(key: "value_\(year)", heading: "\(year)", decimals: 1),
            ReportColumn(key: "value_\(comparedYear)", heading: "\(comparedYear)", decimals: 1),
            ReportColumn(key: "change", heading: "Change", decimals: 1, signed: true),
            ReportColumn(key: "change_pct", heading: "Change %", decimals: 2, signed: true),
            ReportColumn(key: "share_pct", heading: "Share %", decimals: 2),
        ]
        let rows: [[ReportValue]] = entries.map {
            [
                .text($0.producer.code), .text($0.producer.name), .number($0.value), ReportValue($0.compared),
                ReportValue($0.change),
                ReportValue($0.changePercent), .number(total > 0 ? $0.value / total * 100 : 0),
            ]
        }
        return ReportTable(
            title: "\(variable), \(year) against \(comparedYear)", columns: columns, rows: rows,
            totals: [
                .text(""), .text("Total (\(entries.count) countries)"), .number(total), .missing, .missing, .missing,
                .number(100),
            ],
            notes: [
                "Source: \(source.name); variable \(variable) as the source names it (e.g. oilprod_mt = million "
                    + "tonnes, oilprod_kbd = kb/d).",
                "Annual figures; `..` = no figure for that year, never zero. Shares are of the countries listed.",
            ])
    }
}
