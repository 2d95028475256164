import Foundation
import GRDB

/// Writes the `import` table: one row per imported file, with its SHA-256 and counts.
enum ImportLedger {
    /// Inserts the row of an import that is starting (its SHA-256 is filled in by ``complete``, so that an
    /// import that fails half way is never taken for the file).
    static func begin(_ file: ImportedFile, in db: Database) throws -> ImportRecord {
        var record = ImportRecord(
            fileName: file.name, sha256: "", format: file.format,
            vintage: file.vintage.isUndated ? "" : file.vintage.description,
            importedAt: ISO8601DateFormatter().string(from: Date()), seconds: 0,
            rowsRead: 0, rowsStored: 0, rowsMissing: 0, rowsSkipped: 0)
        record.vintageDay = file.vintage.rawValue
        try record.insert(db)
        return record
    }

    /// Writes the final counts, time and SHA-256 of an import.
    static func complete(
        _ record: inout ImportRecord, sha256: String, tally: ImportTally, stored: Int,
        counts: VintageCounts, in db: Database
    ) throws {
        record.sha256 = sha256
        record.rowsRead = tally.read
        record.rowsStored = stored
        record.rowsMissing = tally.missing
        record.rowsSkipped = tally.skipped
        record.counts = counts
        record.seconds = tally.seconds
        try record.update(db)
    }
}
