import Foundation
import GRDB

extension OilStatDatabase {
    /// Opens an existing, migrated database for reading only (`oilstat serve`): the connection is read-only and
    /// query-only, so no request can change the file, and it reads the write-ahead log, so it sees each import
    /// another process commits (WAL readers never wait for the writer).
    ///
    /// - Parameters:
    ///   - path: the database file; it must exist and be of a schema this build knows, with its migrations done.
    ///   - lockTimeout: how long a read waits for a lock (only during WAL recovery), in seconds.
    /// - Throws: ``StorageError`` when the file is missing, not a database, newer or not migrated.
    public static func openForReading(path: String, lockTimeout: Double = 5) throws -> OilStatDatabase {
        guard path != ":memory:", FileManager.default.fileExists(atPath: path) else {
            throw OilStatError(
                storage: StorageError(file: path, action: "cannot open the database", reason: "no such file"))
        }
        let lockWait = LockWait(timeout: lockTimeout, notice: {})
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .callback { tries in lockWait.shouldRetry(tries: tries) }
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA query_only = 1") }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.inDatabase { db in
                try OilStatSchema.checkNotNewer(db, file: path)
                guard try OilStatSchema.migrator.hasCompletedMigrations(db) else {
                    throw DatabaseError(resultCode: .SQLITE_READONLY, message: "the database needs an upgrade")
                }
            }
            return OilStatDatabase(path: path, lockWait: lockWait, queue: queue)
        } catch let error as DatabaseError {
            throw StorageError.wrapping(error, action: "cannot open the database", file: path, lockTimeout: lockTimeout)
        }
    }

    /// A number that changes whenever another connection commits a change to the file (`PRAGMA data_version`):
    /// a reader that sees the same number before and after a series of reads has read one state of the data.
    public func dataVersion() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }
}
