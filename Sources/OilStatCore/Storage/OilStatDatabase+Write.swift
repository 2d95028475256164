import GRDB

extension OilStatDatabase {
    /// Runs `body` in one write transaction and commits it durably: when this returns, the commit has been
    /// fsynced (WAL, `synchronous = FULL`) and the log checkpointed into the database file.
    ///
    /// The transaction starts `IMMEDIATE`: it first waits (up to ``lockTimeout``) for another process's write
    /// to finish, so whatever `body` reads (has this file been imported?) cannot change before it commits.
    /// Readers in other processes go on reading the previous state meanwhile, and are never waited for.
    ///
    /// - Parameters:
    ///   - action: what the write does, for an error message, e.g. "cannot store the import of FILE".
    ///   - pageCacheKiB: SQLite's page cache during the transaction (a bulk load wants more), restored after.
    ///   - body: the reads and writes of the transaction.
    /// - Throws: what `body` throws (the transaction is rolled back); an SQLite error as ``StorageError``.
    package func write<T>(_ action: String, pageCacheKiB: Int? = nil, _ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.writeWithoutTransaction { db in
                let savedCache = try Int.fetchOne(db, sql: "PRAGMA cache_size")
                if let pageCacheKiB { try db.execute(sql: "PRAGMA cache_size = -\(pageCacheKiB)") }
                defer {
                    if pageCacheKiB != nil, let savedCache { try? db.execute(sql: "PRAGMA cache_size = \(savedCache)") }
                }
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                lockWait.withoutWaiting { WriteAheadLog.checkpoint(db) }
                guard let result else {
                    throw DatabaseError(resultCode: .SQLITE_ERROR, message: "the write returned nothing")
                }
                return result
            }
        } catch {
            throw StorageError.wrapping(error, action: action, file: path, lockTimeout: lockTimeout)
        }
    }
}
