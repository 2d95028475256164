import Foundation
import GRDB
import Testing

@testable import OilStatCore

/// The database file: WAL and fsynced commits, refusing newer schemas and foreign files, errors in words.
struct DatabaseStorageTests {
    private func databasePath() throws -> String {
        let folder = try TestSupport.temporaryFile("placeholder", "").deletingLastPathComponent()
        return folder.appendingPathComponent("t.sqlite").path
    }

    /// The bytes of the database file, once every connection to it is closed.
    private func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func aNewDatabaseIsInWALModeWithFsyncedCommits() throws {
        let path = try databasePath()
        let database = try OilStatDatabase(path: path)
        let settings = try database.queue.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"),
                try Int.fetchOne(db, sql: "PRAGMA user_version")
            )
        }
        #expect(settings.0 == "wal")
        #expect(settings.1 == 2) // FULL: the log is fsynced at every commit
        #expect(settings.2 == OilStatSchema.version)
        // WAL mode is a property of the file: another connection sees it.
        let other = try DatabaseQueue(path: path)
        #expect(try other.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
    }

    @Test func aWriteIsCheckpointedAndTheLogTruncated() throws {
        let path = try databasePath()
        let database = try OilStatDatabase(path: path)
        let cache = try database.queue.read { db in try Int.fetchOne(db, sql: "PRAGMA cache_size") }
        let stored = try database.write("cannot store", pageCacheKiB: 65_536) { db -> Int in
            for index in 0..<5_000 {
                try db.execute(
                    sql: "INSERT INTO production_figure (id, value, importId) VALUES (?, 1, 1)",
                    arguments: [index])
            }
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM production_figure") ?? 0
        }
        #expect(stored == 5_000)
        let log = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int
        #expect(log == 0)
        #expect(try database.queue.read { db in try Int.fetchOne(db, sql: "PRAGMA cache_size") } == cache)
    }

    @Test func aFailedWriteRollsBackAndKeepsTheInputError() throws {
        let database = try OilStatDatabase(path: try databasePath())
        #expect(throws: OilStatError(message: "bad row")) {
            try database.write("cannot store") { db in
                try db.execute(sql: "INSERT INTO production_figure (id, value, importId) VALUES (1, 1, 1)")
                throw OilStatError(message: "bad row")
            }
        }
        #expect(try database.figureCount() == 0)
    }

    @Test(arguments: [
        ("PRAGMA user_version = 999", "schema version 999"),
        ("INSERT INTO grdb_migrations VALUES ('v9: vintages')", "migration \"v9: vintages\""),
    ])
    func aNewerSchemaIsRefusedAndTheFileLeftAsItWas(change: String, named: String) throws {
        let path = try databasePath()
        do {
            let queue = try DatabaseQueue(path: path)
            try OilStatSchema.migrator.migrate(queue)
            try queue.write { db in try db.execute(sql: change) }
        } // closed: the log is checkpointed into the file
        let before = try bytes(path)
        do {
            _ = try OilStatDatabase(path: path)
            Issue.record("a database of a newer schema was opened")
        } catch let error as OilStatError {
            guard case .storage(let storage) = error.kind else { throw error }
            #expect(storage.file == path)
            #expect(storage.reason.contains("newer OilStat (\(named);"))
            #expect(error.description == "\(path): cannot use the database: \(storage.reason)")
        }
        #expect(try bytes(path) == before)
        let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        #expect(log == 0)
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftAsItWas() throws {
        let path = try databasePath()
        let text = Data("producer,month,value\nSA,2018-10,10700\n".utf8)
        try text.write(to: URL(fileURLWithPath: path))
        #expect(
            throws: OilStatError(
                storage: StorageError(
                    file: path, action: "cannot open the database",
                    reason: "the file is not an SQLite database (file is not a database)"))
        ) {
            _ = try OilStatDatabase(path: path)
        }
        #expect(try bytes(path) == text)
    }

    @Test func anEmptyPathIsAnError() {
        #expect(throws: OilStatError(message: "the database path is empty")) { _ = try OilStatDatabase(path: "") }
    }

    @Test(arguments: [
        (ResultCode.SQLITE_FULL, "database or disk is full", "the disk is full (database or disk is full)"),
        (
            ResultCode.SQLITE_NOTADB, "file is not a database",
            "the file is not an SQLite database (file is not a database)"
        ),
        (
            ResultCode.SQLITE_CORRUPT, "database disk image is malformed",
            "the database file is damaged (database disk image is malformed)"
        ),
        (
            ResultCode.SQLITE_BUSY, "database is locked",
            "another process kept the database locked for more than 10 minutes (database is locked)"
        ),
        (ResultCode.SQLITE_IOERR, "disk I/O error", "input/output error (disk I/O error)"),
    ])
    func sqliteErrorsAreToldInWordsWithoutTheStatement(code: ResultCode, message: String, reason: String) throws {
        let error = DatabaseError(
            resultCode: code, message: message,
            sql: "INSERT INTO \"import\" (\"fileName\") VALUES (?)", arguments: ["x"])
        let wrapped = StorageError.wrapping(
            error, action: "cannot store the import of a.csv",
            file: "/data/o.sqlite", lockTimeout: 600)
        #expect("\(wrapped)" == "/data/o.sqlite: cannot store the import of a.csv: \(reason)")
        #expect(
            (wrapped as? OilStatError)?.kind
                == .storage(
                    underlying: StorageError(
                        file: "/data/o.sqlite", action: "cannot store the import of a.csv", reason: reason)))
        #expect(!"\(wrapped)".contains("INSERT"))
    }

    @Test func inputErrorsPassThroughTheWrapping() {
        let input = OilStatError(file: "a.csv", line: 3, field: "value", message: "\"4.7O\" is not a number")
        let wrapped = StorageError.wrapping(input, action: "cannot store", file: "/data/o.sqlite", lockTimeout: 600)
        #expect(wrapped as? OilStatError == input)
    }

    @Test func anUnwritableFolderIsNamedAsTheCause() throws {
        // Access checks do not apply to root: a folder that does not exist stands in (the command tests run
        // the real read-only cases as an unprivileged user).
        let path = "/nonexistent-oilstat-folder/o.sqlite"
        #expect(
            StorageError.accessProblem(file: path) == "the folder /nonexistent-oilstat-folder is not writable "
                + "(the database needs its -wal and -shm files there)")
    }
}

/// Waiting for another process's lock: bounded, told once, and never during a checkpoint.
struct LockWaitTests {
    final class Notices: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var total: Int { lock.withLock { count } }
    }

    @Test func aShortWaitIsSilentALongerOneIsToldOnce() {
        let notices = Notices()
        let wait = LockWait(timeout: 5) { notices.add() }
        #expect(wait.shouldRetry(tries: 0))
        #expect(notices.total == 0)
        var tries = 1
        let started = Date()
        while Date().timeIntervalSince(started) < LockWait.noticeDelay + 0.1 {
            #expect(wait.shouldRetry(tries: tries))
            tries += 1
        }
        #expect(wait.shouldRetry(tries: tries))
        #expect(notices.total == 1)
    }

    @Test func theWaitEndsAtTheTimeout() {
        let wait = LockWait(timeout: 0.05) {}
        var tries = 0
        let started = Date()
        while wait.shouldRetry(tries: tries) { tries += 1 }
        #expect(Date().timeIntervalSince(started) >= 0.05)
        #expect(Date().timeIntervalSince(started) < 1)
    }

    @Test func noWaitingDuringACheckpoint() {
        let wait = LockWait(timeout: 60) {}
        #expect(wait.withoutWaiting { wait.shouldRetry(tries: 0) } == false)
        #expect(wait.shouldRetry(tries: 0))
    }
}
