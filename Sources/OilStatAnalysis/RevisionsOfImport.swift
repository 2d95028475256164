import OilStatCore
import OilStatReport

/// What one import changed against the state before it: counts of new, revised, replaced, unchanged and withdrawn
/// figures, and the largest revisions.
public struct RevisionsOfImport: Sendable {
    public var record: ImportRecord
    /// The largest revisions, largest change first.
    public var largest: [FigureRevisionChange]
    /// The producers of the revisions, by id.
    public var producers: [Int: Producer]

    /// The import `id`, or the latest import when nil.
    ///
    /// - Throws: `OilStatError` (not found) when there is no such import.
    public static func compute(importID id: Int64?, database: OilStatDatabase, limit: Int = 10) throws
        -> RevisionsOfImport
    {
        guard let record = try database.importRecord(id: id), let recordID = record.id else {
            throw OilStatError.notFound(id.map { "no import #\($0) (see oilstat imports)" } ?? "no import yet")
        }
        let largest = try database.largestRevisions(importID: recordID, limit: limit)
        let producers = try database.producers(ids: Set(largest.map(\.key.producer)))
        return RevisionsOfImport(record: record, largest: largest, producers: producers)
    }

    /// The counts as a table, then the largest revisions as rows.
    public func reportTable() -> ReportTable {
        let columns = [
            ReportColumn(key: "producer", heading: "Producer"), ReportColumn(key: "month", heading: "Month"),
            ReportColumn(key: "before", heading: "Before", decimals: 0),
            ReportColumn(key: "after", heading: "After", decimals: 0),
            ReportColumn(key: "change", heading: "Change", decimals: 0, signed: true),
        ]
        let rows: [[ReportValue]] = largest.map {
            [
                .text(producers[$0.key.producer]?.code ?? "#\($0.key.producer)"), .text($0.key.month.description),
                .number($0.before), .number($0.after), .number($0.change),
            ]
        }
        let vintage = record.vintage.isEmpty ? "undated" : record.vintage
        return ReportTable(
            title: "Import #\(record.id ?? 0) (\(record.fileName), vintage \(vintage)): largest revisions",
            columns: columns, rows: rows,
            notes: [
                "Against the state before it: \(record.counts.summary).",
                "Values in the unit of each figure (kb/d for production); before = the value it revised.",
            ])
    }
}
