/// What a load or import did: the import record, and whether the file had been loaded before.
public struct ImportOutcome: Sendable, Equatable {
    /// The record of this import, or of the earlier one when ``alreadyImported`` is true.
    public var record: ImportRecord
    /// True when the same file (same SHA-256 and format) was loaded before, so nothing was written.
    public var alreadyImported: Bool

    /// Of the record's skipped rows, those skipped because the importer has no mapping for them (EIA series
    /// that are not monthly production in kb/d), not because of a filter. Not stored in the ledger.
    public var unmapped: Int

    public init(record: ImportRecord, alreadyImported: Bool, unmapped: Int = 0) {
        self.record = record
        self.alreadyImported = alreadyImported
        self.unmapped = unmapped
    }

    /// One line for the command line, e.g. `f.csv: 12 rows read, 11 stored, 1 missing (import #3)`.
    public var summary: String {
        if alreadyImported {
            return "\(record.fileName): already imported as #\(record.id ?? 0) (same SHA-256); nothing changed"
        }
        var text =
            "\(record.fileName): \(record.rowsRead) rows read, \(record.rowsStored) stored, \(record.rowsMissing) missing"
        if record.rowsSkipped > unmapped { text += ", \(record.rowsSkipped - unmapped) skipped by filter" }
        if unmapped > 0 { text += ", \(unmapped) in other series (not monthly production in kb/d)" }
        if record.rowsWithdrawn > 0 {
            text += ", \(record.rowsWithdrawn) withdrawn (earlier figures this file marks missing or leaves out)"
        }
        return text + " (import #\(record.id ?? 0), \(NumberText.fixed(record.seconds, decimals: 2)) s)"
    }
}
