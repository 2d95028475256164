/// What a load or import did: the import record, and whether the file had been loaded before.
public struct ImportOutcome: Sendable, Equatable {
    /// The record of this import, or of the earlier one when ``alreadyImported`` is true.
    public var record: ImportRecord
    /// True when the same file (same SHA-256 and format) was loaded before, so nothing was written.
    public var alreadyImported: Bool

    /// Of the record's skipped rows, those skipped because the importer has no mapping for them (EIA series
    /// that are not monthly production in kb/d), not because of a filter. Not stored in the ledger.
    public var unmapped: Int

    /// Where the vintage came from when it was not given (e.g. "file modified; set with --vintage"); for a file
    /// without one vintage, what its vintages are (e.g. "per row, from the vintage column").
    public var vintageOrigin: String?

    public init(record: ImportRecord, alreadyImported: Bool, unmapped: Int = 0, vintageOrigin: String? = nil) {
        self.record = record
        self.alreadyImported = alreadyImported
        self.unmapped = unmapped
        self.vintageOrigin = vintageOrigin
    }

    /// One line for the command line, e.g. `f.csv: 12 rows read, 11 stored, 1 missing (import #3)`.
    public var summary: String {
        if alreadyImported {
            return "\(record.fileName): already imported as #\(record.id ?? 0) (same SHA-256); nothing changed"
        }
        var text =
            "\(record.fileName): \(record.rowsRead) rows read, \(record.rowsStored) stored, "
            + "\(record.rowsMissing) missing"
        if record.rowsSkipped > unmapped { text += ", \(record.rowsSkipped - unmapped) skipped by filter" }
        if unmapped > 0 { text += ", \(unmapped) in other series (not monthly production in kb/d)" }
        if record.rowsWithdrawn > 0 {
            text += ", \(record.rowsWithdrawn) withdrawn (earlier figures this file marks missing or leaves out)"
        }
        text += " (import #\(record.id ?? 0), \(NumberText.fixed(record.seconds, decimals: 2)) s)"
        return text + "\n" + vintageLine
    }

    /// The second line of the summary: the vintage, where it came from, and what the import changed, e.g.
    /// `vintage 2025-11-17 (file modified; set with --vintage): 3 new, 2 revised, ... 1 withdrawn`.
    public var vintageLine: String {
        let vintage: String
        switch (record.vintage.isEmpty, vintageOrigin) {
        case (true, let origin?): vintage = origin
        case (true, nil): vintage = "undated"
        case (false, let origin?): vintage = "\(record.vintage) (\(origin))"
        case (false, nil): vintage = record.vintage
        }
        return "vintage \(vintage): \(record.counts.summary)"
    }
}
