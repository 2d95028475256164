/// What a load or import did: the import record, and whether the file had been loaded before.
public struct ImportOutcome: Sendable, Equatable {
    /// The record of this import, or of the earlier one when ``alreadyImported`` is true.
    public var record: ImportRecord
    /// True when the same file (same SHA-256 and format) was loaded before, so nothing was written.
    public var alreadyImported: Bool

    public init(record: ImportRecord, alreadyImported: Bool) {
        self.record = record
        self.alreadyImported = alreadyImported
    }

    /// One line for the command line, e.g. `f.csv: 12 rows read, 11 stored, 1 missing (import #3)`.
    public var summary: String {
        if alreadyImported {
            return "\(record.fileName): already imported as #\(record.id ?? 0) (same SHA-256); nothing changed"
        }
        var text = "\(record.fileName): \(record.rowsRead) rows read, \(record.rowsStored) stored, \(record.rowsMissing) missing"
        if record.rowsSkipped > 0 { text += ", \(record.rowsSkipped) skipped by filter" }
        if record.rowsWithdrawn > 0 {
            text += ", \(record.rowsWithdrawn) withdrawn (earlier figures this file marks missing or leaves out)"
        }
        return text + " (import #\(record.id ?? 0), \(String(format: "%.2f", record.seconds)) s)"
    }
}
