import Foundation
import Testing

/// Simulated power cuts at random points of an import (scripts/crash: an LD_PRELOAD shim that drops or tears
/// the writes not yet fsynced, then SIGKILLs the process): the database is always intact, and either the state
/// before the import or the complete new one; an import that printed "stored" is never lost.
@Suite(.serialized)
struct PowerCutTests {
    static let harness = CommandRunner.repository.appendingPathComponent("scripts/crash/run").path
    static let tools = ["python3", "cc"].allSatisfy { tool in
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }

    /// Runs the harness with `arguments`; its exit status and standard output.
    private func runHarness(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.harness, "--oilstat", CommandRunner.binary.path, "--quiet"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["OILSTAT_DATA"] = CommandRunner.repository.appendingPathComponent("Data").path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: tools, "needs python3 and a C compiler (.ci/run installs gcc)"))
    func fiftyPowerCutsDuringImportsLeaveNoCorruptOrPartialState() throws {
        let (status, output) = try runHarness(["--rounds", "25"])
        #expect(status == 0, "\(output)")
        #expect(output.contains("50 power cuts: "), "\(output)")
        #expect(output.contains(" 0 corrupt, 0 partial, 0 lost after \"stored\", 0 failed"), "\(output)")
        // Cuts land before and after the commit: both outcomes occur.
        #expect(!output.contains(" 0 old state,") && !output.contains(" 0 new state,"), "\(output)")
    }

    @Test(.enabled(if: tools, "needs python3 and a C compiler (.ci/run installs gcc)"))
    func theHarnessFindsTheDamageWhenFsyncIsIgnored() throws {
        // The same harness against a disk that ignores fsync (what synchronous=OFF amounts to): it must fail.
        let (status, output) = try runHarness([
            "--rounds", "15", "--scenarios", "on-top", "--seed", "2",
            "--ignore-sync",
        ])
        #expect(status == 1, "\(output)")
        #expect(output.contains("15 power cuts: "), "\(output)")
        #expect(!output.contains(" 0 corrupt,"), "\(output)")
    }
}
