import Foundation
import GRDB
import OilStatCore

/// Reads and writes the `import` table: one row per imported file, with its SHA-256 and counts.
public enum ImportLedger {
    /// The earlier import of a file with this SHA-256 and format whose figures are still stored, if any
    /// (`OilStatDatabase.existingImport(sha256:format:in:)`).
    public static func existing(sha256: String, format: ImportFormat, in db: Database) throws -> ImportRecord? {
        try OilStatDatabase.existingImport(sha256: sha256, format: format.rawValue, in: db)
    }

    /// Every import, oldest first (what `oilstat imports` lists).
    public static func all(in db: Database) throws -> [ImportRecord] {
        try ImportRecord.fetchAll(db, sql: "SELECT * FROM import ORDER BY id")
    }


    /// Inserts the row of an import that is starting (its SHA-256 is filled in by ``complete``).
    static func begin(fileName: String, format: ImportFormat, vintage: String, in db: Database) throws -> ImportRecord {
        var record = ImportRecord(fileName: fileName, sha256: "", format: format.rawValue, vintage: vintage,
                                  importedAt: ISO8601DateFormatter().string(from: Date()), seconds: 0,
                                  rowsRead: 0, rowsStored: 0, rowsMissing: 0, rowsSkipped: 0)
        try record.insert(db)
        return record
    }

    /// Writes the final counts, time and SHA-256 of an import.
    static func complete(_ record: inout ImportRecord, sha256: String, counts: ParseCounts, stored: Int,
                         withdrawn: Int = 0, seconds: Double, in db: Database) throws {
        record.sha256 = sha256
        record.rowsRead = counts.read
        record.rowsStored = stored
        record.rowsMissing = counts.missing
        record.rowsSkipped = counts.skipped
        record.rowsWithdrawn = withdrawn
        record.seconds = seconds
        try record.update(db)
    }
}

/// Thrown inside an import's transaction to roll it back when the file turns out to be imported already.
struct AlreadyImported: Error {
    let record: ImportRecord
}
