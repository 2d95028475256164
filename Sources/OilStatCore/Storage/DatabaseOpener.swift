import Foundation
import GRDB

/// Opens the database file for ``OilStatDatabase``: checks that this build may use it, switches it to WAL
/// mode and migrates it; falls back to read-only access when the file or its folder cannot be written.
enum DatabaseOpener {
    /// The migrated connection to the database at `path` (`:memory:` for an in-memory one).
    ///
    /// - Throws: ``StorageError`` (as an ``OilStatError``) about `path`: a newer schema (the file is then left
    ///   unchanged), not a
    ///   database, a folder that cannot be created, a file that cannot be opened.
    static func open(path: String, configuration: Configuration, lockTimeout: Double) throws -> DatabaseQueue {
        if path == ":memory:" {
            let queue = try DatabaseQueue(configuration: configuration)
            try migrate(queue)
            return queue
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OilStatError(
                storage: StorageError(
                    file: path,
                    action: "cannot create the database folder "
                        + folder.path, reason: "permission denied or not a folder"))
        }
        do {
            return try openWritable(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            let wrapped = StorageError.wrapping(
                error, action: "cannot open the database", file: path,
                lockTimeout: lockTimeout)
            guard FileManager.default.fileExists(atPath: path), StorageError.accessProblem(file: path) != nil else {
                throw wrapped
            }
            do {
                return try openReadOnly(path: path, configuration: configuration)
            } catch is DatabaseError {
                throw wrapped
            }
        }
    }

    private static func openWritable(path: String, configuration: Configuration) throws -> DatabaseQueue {
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.inDatabase { db in
            try OilStatSchema.checkNotNewer(db, file: path)
            try WriteAheadLog.enable(db)
        }
        try migrate(queue)
        return queue
    }

    /// A read-only connection, when the database is complete (migrated) and of a schema this build knows.
    ///
    /// Without a write-ahead log beside it, the file is opened as immutable: SQLite cannot create the log's
    /// shared-memory index in a folder it cannot write to, and nobody can be writing to that file then.
    private static func openReadOnly(path: String, configuration: Configuration) throws -> DatabaseQueue {
        var configuration = configuration
        configuration.readonly = true
        let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        let escaped = path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "?", with: "%3f")
            .replacingOccurrences(of: "#", with: "%23")
        let queue = try DatabaseQueue(
            path: log == 0 ? "file:\(escaped)?immutable=1" : path,
            configuration: configuration)
        try queue.inDatabase { db in
            try OilStatSchema.checkNotNewer(db, file: path)
            guard try OilStatSchema.migrator.hasCompletedMigrations(db) else {
                throw DatabaseError(resultCode: .SQLITE_READONLY, message: "the database needs an upgrade")
            }
        }
        return queue
    }

    /// Runs the migrations the database lacks and records the schema version.
    static func migrate(_ queue: DatabaseQueue) throws {
        let migrator = OilStatSchema.migrator
        do {
            try migrator.migrate(queue)
        } catch {
            // Another process may have created the same new file at the same moment and migrated it first.
            guard try queue.read({ db in try migrator.hasCompletedMigrations(db) }) else { throw error }
        }
        try queue.inDatabase { db in try OilStatSchema.recordVersion(db) }
    }
}
