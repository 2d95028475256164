import Foundation
import GRDB
import Testing

/// Several processes on one database: readers while an import writes, an import beside an open reader,
/// and the same file imported twice at once.
@Suite(.serialized)
struct ConcurrentUseTests {
    static let jodiFile = CommandRunner.repository
        .appendingPathComponent("Tests/OilStatImportTests/Fixtures/jodi_openbb_sample.csv").path
    static let waitNotice = "waiting for another import to finish...\n"

    /// A database with the bundled data loaded, made by the command itself.
    private func preparedRunner() throws -> CommandRunner {
        let runner = CommandRunner()
        let made = try runner.run(["sources"])
        #expect(made.status == 0, "\(made.errorOutput)")
        return runner
    }

    @Test func readersAnswerWhileAnImportHoldsTheWriteLock() throws {
        let runner = try preparedRunner()
        let query = ["share", "--month", "2018-10", "--source", "news report"]
        let before = try runner.run(query)
        let writer = try DatabaseQueue(path: runner.databasePath)
        let (during, sources, seconds) = try writer.writeWithoutTransaction { db in
            // An import in full swing: a write transaction whose pages spill out of a tiny page cache.
            try db.execute(sql: "PRAGMA cache_size = 8")
            try db.execute(sql: "BEGIN IMMEDIATE TRANSACTION")
            let statement = try db.makeStatement(
                sql: """
                    INSERT INTO production_figure (id, value, importId) VALUES (?, 1, 999)
                    """)
            for index in 0..<20_000 { try statement.execute(arguments: [(Int64(1_000) << 52) + Int64(index)]) }
            let started = Date()
            let during = try runner.run(query)
            let sources = try runner.run(["sources"])
            let seconds = Date().timeIntervalSince(started)
            try db.execute(sql: "ROLLBACK TRANSACTION")
            return (during, sources, seconds)
        }
        #expect(during.status == 0, "\(during.errorOutput)")
        #expect(during.output == before.output) // the state before the import, never a part of it
        #expect(during.errorOutput.isEmpty)
        #expect(sources.status == 0, "\(sources.errorOutput)")
        #expect(seconds < 20)
    }

    @Test func anImportCommitsWhileAnotherProcessHoldsAReadTransaction() throws {
        let runner = try preparedRunner()
        let reader = try DatabaseQueue(path: runner.databasePath)
        let (result, seenBefore, seenDuring) = try reader.read { db in
            let before = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM import")
            let result = try runner.run(["import", Self.jodiFile])
            return (result, before, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM import"))
        }
        #expect(result.status == 0, "\(result.errorOutput)")
        #expect(result.output.contains("12 stored"))
        #expect(result.errorOutput.isEmpty) // it did not wait: no notice
        #expect(seenDuring == seenBefore) // the reader kept its snapshot
        let imports = try reader.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM import WHERE format = 'jodi'")
        }
        #expect(imports == 1)
    }

    @Test func theSameFileImportedTwiceAtOnceIsRecordedOnce() throws {
        let runner = try preparedRunner()
        let holder = try DatabaseQueue(path: runner.databasePath)
        let (imports, bothWaited) = try holder.writeWithoutTransaction { db in
            // Another import holds the write lock while both start: both must wait, then one stores the file
            // and the other finds it stored.
            try db.execute(sql: "BEGIN IMMEDIATE TRANSACTION")
            let imports = try (0..<2).map { _ in try BackgroundCommand(runner, ["import", Self.jodiFile]) }
            let bothWaited = BackgroundCommand.waitUntil(seconds: 60) {
                imports.allSatisfy { $0.errorOutput == Self.waitNotice }
            }
            try db.execute(sql: "ROLLBACK TRANSACTION")
            return (imports, bothWaited)
        }
        let results = imports.map { $0.finish() }
        #expect(bothWaited)
        #expect(results.map(\.status) == [0, 0], "\(results.map(\.errorOutput))")
        #expect(results.filter { $0.output.contains("12 stored") }.count == 1)
        #expect(results.filter { $0.output.contains("already imported as #") }.count == 1)
        #expect(results.allSatisfy { $0.errorOutput == Self.waitNotice })
        let ledger = try holder.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM import WHERE format = 'jodi'")
        }
        #expect(ledger == 1)
    }
}
