import GRDB

extension OilStatDatabase {
    /// Imports a file's figures in one durable write (``write(_:pageCacheKiB:_:)``): `body` adds them through
    /// the session, and the import's ledger row is completed with `body`'s tally and the session's counts.
    ///
    /// Under the write lock, before anything is written: when a file with the same SHA-256 and format was
    /// imported before and its figures are still stored, `body` is not called and the outcome is that import
    /// with `alreadyImported` (so the same file imported twice at once is recorded once). Otherwise the source is
    /// created if it is new, and the ledger row is inserted; if `body` throws, nothing of the import remains.
    ///
    /// - Parameters:
    ///   - rowsPerStatement: figures per `INSERT` of the fast writer (1...10,922).
    ///   - pageCacheKiB: SQLite's page cache during the write (``BulkLoadSettings/pageCacheKiB`` for a bulk load).
    /// - Throws: what `body` throws (e.g. ``RepeatedFigureCodes``); an SQLite error as ``StorageError``.
    package func importFigures(
        _ file: ImportedFile, rowsPerStatement: Int = 256, pageCacheKiB: Int? = nil,
        _ body: (inout FigureImportSession) throws -> ImportTally
    ) throws -> ImportOutcome {
        try write("cannot store the import of \(file.name)", pageCacheKiB: pageCacheKiB) { db in
            if let prior = try Self.existingImport(sha256: file.sha256, format: file.format, in: db) {
                return ImportOutcome(record: prior, alreadyImported: true)
            }
            guard
                let sourceID = try Self.sourceID(
                    named: file.source, description: file.sourceDescription,
                    in: db)
            else {
                throw OilStatError(message: "no source \(file.source)")
            }
            var record = try ImportLedger.begin(file, in: db)
            guard let importID = record.id else { throw OilStatError(message: "the import was not recorded") }
            try Self.recordPublication(
                source: sourceID, vintage: file.vintage,
                name: file.publication ?? "\(file.source) \(file.name) of \(file.vintage)",
                replacing: file.publication != nil, in: db)
            var session = try FigureImportSession(
                db: db, sourceID: sourceID, importID: importID,
                format: file.format, vintage: file.vintage, rowsPerStatement: rowsPerStatement)
            let tally = try body(&session)
            try session.writePendingFigures()
            try ImportLedger.complete(
                &record, sha256: file.sha256, tally: tally, stored: session.stored,
                counts: session.counts, in: db)
            return ImportOutcome(record: record, alreadyImported: false, vintageOrigin: file.vintageOrigin)
        }
    }

    /// The earlier import of a file with this SHA-256 and format whose figures are still stored, if any: a
    /// quick check before parsing a file (``importFigures(_:rowsPerStatement:pageCacheKiB:_:)`` checks again
    /// under the write lock).
    package func storedImport(sha256: String, format: String) throws -> ImportRecord? {
        try queue.read { db in try Self.existingImport(sha256: sha256, format: format, in: db) }
    }
}
