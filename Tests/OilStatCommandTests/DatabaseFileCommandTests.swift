import Foundation
import GRDB
import OilStatCore
import Testing

/// The database file seen from the command line: fsynced before "stored", refused when newer or not a
/// database, one clear line when it cannot be written.
@Suite(.serialized)
struct DatabaseFileCommandTests {
    static let jodiFile = ConcurrentUseTests.jodiFile
    static let longCSV = "producer,month,value,unit,source\nSA,2018-10,10700,kb/d,my notes\n"
    /// strace, when it is installed and may trace here (containers can forbid ptrace).
    static let strace = ["/usr/bin/strace", "/bin/strace"].first { path in
        guard FileManager.default.isExecutableFile(atPath: path) else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: path)
        probe.arguments = ["-o", "/dev/null", "/bin/true"]
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }
    static let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }
    /// Root ignores file modes: the read-only cases then run as `nobody` through setpriv.
    static let canRunUnprivileged = geteuid() != 0 || setpriv != nil

    private func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func anEmptyDatabasePathIsAnError() throws {
        let runner = CommandRunner()
        for arguments in [["sources", "--database", ""], ["import", Self.jodiFile, "--database", ""]] {
            let result = try runner.run(arguments)
            #expect(result.status != 0)
            #expect(result.errorOutput.hasPrefix("Error: --database needs a path\n"))
            #expect(result.output.isEmpty)
        }
    }

    @Test func aDatabaseOfANewerSchemaIsRefusedAndLeftByteForByte() throws {
        let runner = CommandRunner()
        #expect(try runner.run(["sources"]).status == 0)
        do {
            let queue = try DatabaseQueue(path: runner.databasePath)
            try queue.write { db in try db.execute(sql: "PRAGMA user_version = 999") }
        } // closed: checkpointed into the file
        let before = try bytes(runner.databasePath)
        for arguments in [["import", Self.jodiFile], ["load", Self.jodiFile], ["share", "--month", "2018-10"]] {
            let result = try runner.run(arguments)
            #expect(result.status == 1)
            #expect(
                result.errorOutput == "Error: \(runner.databasePath): cannot use the database: it was written "
                    + "by a newer OilStat (schema version 999; this build knows schema version \(OilStatSchema.version)); "
                    + "it is left unchanged: use a newer oilstat\n")
        }
        #expect(try bytes(runner.databasePath) == before)
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftByteForByte() throws {
        let runner = CommandRunner()
        let noise = Data((0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) })
        try noise.write(to: URL(fileURLWithPath: runner.databasePath))
        let result = try runner.run(["import", Self.jodiFile])
        #expect(result.status == 1)
        #expect(
            result.errorOutput == "Error: \(runner.databasePath): cannot open the database: "
                + "the file is not an SQLite database (file is not a database)\n")
        #expect(try bytes(runner.databasePath) == noise)
    }

    /// Runs oilstat as an unprivileged user (nobody) when the tests run as root.
    private func runUnprivileged(_ runner: CommandRunner, _ arguments: [String]) throws -> CommandRunner.Result {
        guard geteuid() == 0, let setpriv = Self.setpriv else { return try runner.run(arguments) }
        // The clone may sit in a folder only root can enter: run a copy of the binary from a folder anyone can,
        // with its compiled-in bundled data (the same files as Data/, so the database needs no reload).
        let command = try BackgroundCommand(
            runner,
            [
                "--reuid=65534", "--regid=65534", "--clear-groups",
                try Self.binaryAnyoneCanRun().path,
            ] + arguments,
            executable: URL(fileURLWithPath: setpriv), repositoryData: false)
        return command.finish()
    }

    /// A copy of the built `oilstat` in a new folder under /tmp that every user may enter and run.
    private static func binaryAnyoneCanRun() throws -> URL {
        let folder = URL(fileURLWithPath: "/tmp/oilstat-unprivileged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o755])
        let copy = folder.appendingPathComponent("oilstat")
        try FileManager.default.copyItem(at: CommandRunner.binary, to: copy)
        chmod(copy.path, 0o755)
        return copy
    }

    private func importCount(_ path: String) throws -> Int? {
        try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM import") }
    }

    @Test(.enabled(if: canRunUnprivileged, "needs setpriv to drop root's privileges"))
    func aReadOnlyDatabaseFileAnswersQueriesAndRefusesImportsInOneLine() throws {
        let runner = CommandRunner()
        #expect(try runner.run(["sources"]).status == 0)
        let folder = URL(fileURLWithPath: runner.databasePath).deletingLastPathComponent().path
        chmod(folder, 0o777)
        chmod(runner.databasePath, 0o444)
        defer { chmod(runner.databasePath, 0o644) }
        let query = try runUnprivileged(runner, ["sources"])
        #expect(query.status == 0, "\(query.errorOutput)")
        // A copy the unprivileged user can read wherever the clone lies.
        let jodi = folder + "/jodi.csv"
        try FileManager.default.copyItem(atPath: Self.jodiFile, toPath: jodi)
        chmod(jodi, 0o644)
        let result = try runUnprivileged(runner, ["import", jodi])
        #expect(result.status == 1)
        #expect(
            result.errorOutput == "Error: \(runner.databasePath): cannot store the import of \(jodi): "
                + "the database file is read-only\n")
        #expect(try importCount(runner.databasePath) == 2)
    }

    @Test(.enabled(if: canRunUnprivileged, "needs setpriv to drop root's privileges"))
    func aReadOnlyFolderAnswersQueriesAndRefusesLoadsInOneLine() throws {
        let runner = CommandRunner()
        #expect(try runner.run(["sources"]).status == 0)
        let folder = URL(fileURLWithPath: runner.databasePath).deletingLastPathComponent().path
        let csv = folder + "/figures.csv"
        try Data(Self.longCSV.utf8).write(to: URL(fileURLWithPath: csv))
        chmod(runner.databasePath, 0o666) // the file could be written: the folder is the cause
        chmod(folder, 0o555)
        defer { chmod(folder, 0o755) }
        let query = try runUnprivileged(runner, ["share", "--month", "2018-10", "--source", "news report"])
        #expect(query.status == 0, "\(query.errorOutput)")
        #expect(query.output.contains("Saudi Arabia"))
        let result = try runUnprivileged(runner, ["load", csv])
        #expect(result.status == 1)
        #expect(
            result.errorOutput == "Error: \(runner.databasePath): cannot store the figures of \(csv): the folder "
                + "\(folder) is not writable (the database needs its -wal and -shm files there)\n")
        chmod(folder, 0o755)
        #expect(try importCount(runner.databasePath) == 2)
    }

    /// The system calls of one run: `strace -f -y` of fsync, fdatasync and write.
    private func trace(_ runner: CommandRunner, _ arguments: [String]) throws
        -> (result: CommandRunner.Result, calls: [String])
    {
        let log = URL(fileURLWithPath: runner.databasePath + ".strace")
        let options = ["-f", "-y", "-s", "4096", "-e", "trace=fsync,fdatasync,write", "-o", log.path]
        let command = try BackgroundCommand(
            runner, options + [CommandRunner.binary.path] + arguments,
            executable: URL(fileURLWithPath: Self.strace ?? "strace"))
        let result = command.finish()
        let calls = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
        return (result, calls)
    }

    @Test(
        .enabled(if: strace != nil, "needs strace (.ci/run installs it)"),
        arguments: [["import", ConcurrentUseTests.jodiFile], ["load", "figures.csv"]])
    func theLogAndTheDatabaseAreFsyncedBeforeStoredIsPrinted(arguments: [String]) throws {
        let runner = CommandRunner()
        #expect(try runner.run(["sources"]).status == 0)
        let folder = URL(fileURLWithPath: runner.databasePath).deletingLastPathComponent()
        try Data(Self.longCSV.utf8).write(to: folder.appendingPathComponent("figures.csv"))
        let file = arguments[1].hasPrefix("/") ? arguments[1] : folder.appendingPathComponent(arguments[1]).path
        let (result, calls) = try trace(runner, [arguments[0], file])
        #expect(result.status == 0, "\(result.errorOutput)")
        #expect(result.output.contains("stored"))
        guard let printed = calls.firstIndex(where: { $0.contains("write(1<") && $0.contains("stored") }) else {
            Issue.record("no write of the summary in the trace")
            return
        }
        let synced = calls[..<printed].filter { $0.contains("sync(") && $0.hasSuffix("= 0") }
        #expect(synced.contains { $0.contains("<\(runner.databasePath)-wal>") }) // the commit
        #expect(synced.contains { $0.contains("<\(runner.databasePath)>") }) // the checkpoint
    }
}
