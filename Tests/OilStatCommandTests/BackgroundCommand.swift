import Foundation

/// An `oilstat` run in the background, its output going to files that can be read while it runs.
final class BackgroundCommand {
    private let process = Process()
    private let outputFile: URL
    private let errorFile: URL

    /// Starts `executable arguments...` (by default the built `oilstat`) on the runner's database; with
    /// `repositoryData` false the binary uses its compiled-in bundled data instead of the repository's Data/.
    init(
        _ runner: CommandRunner, _ arguments: [String], executable: URL = CommandRunner.binary,
        repositoryData: Bool = true
    ) throws {
        let folder = URL(fileURLWithPath: runner.databasePath).deletingLastPathComponent()
        let name = UUID().uuidString
        outputFile = folder.appendingPathComponent("\(name).out")
        errorFile = folder.appendingPathComponent("\(name).err")
        try Data().write(to: outputFile)
        try Data().write(to: errorFile)
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["OILSTAT_DATABASE"] = runner.databasePath
        environment["OILSTAT_DATA"] =
            repositoryData ? CommandRunner.repository.appendingPathComponent("Data").path : nil
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
    }

    /// What the command has written to standard error so far.
    var errorOutput: String { (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "" }

    /// Waits for the command to end and returns what it printed.
    func finish() -> CommandRunner.Result {
        process.waitUntilExit()
        return CommandRunner.Result(
            output: (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "",
            errorOutput: errorOutput, status: process.terminationStatus)
    }

    /// Polls `condition` every 50 ms for up to `seconds`; whether it became true.
    static func waitUntil(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return condition()
    }
}
