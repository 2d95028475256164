import Foundation

/// Runs the built `oilstat` binary the way a user's shell does, with standard output a pipe.
struct CommandRunner {
    /// What a run printed and how it ended.
    struct Result {
        var output: String
        var errorOutput: String
        var status: Int32
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `oilstat` binary beside the test bundle (the same build folder).
    static var binary: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("oilstat")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return repository.appendingPathComponent(".build/debug/oilstat")
    }

    /// A fresh database path in a temporary folder.
    let databasePath: String

    init() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oilstat-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        databasePath = folder.appendingPathComponent("test.sqlite").path
    }

    /// Runs `oilstat arguments...` with the test database and the repository's Data folder.
    func run(_ arguments: [String], environment extra: [String: String] = [:], currentDirectory: URL? = nil) throws
        -> Result
    {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["OILSTAT_DATABASE"] = databasePath
        environment["OILSTAT_DATA"] = Self.repository.appendingPathComponent("Data").path
        environment["NO_COLOR"] = nil
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            output: String(decoding: outData, as: UTF8.self), errorOutput: String(decoding: errData, as: UTF8.self),
            status: process.terminationStatus)
    }

    /// The golden file `name` under `Golden/`; with `OILSTAT_UPDATE_GOLDEN=1` it is (re)written from `actual`.
    static func golden(_ name: String, actual: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
            .appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["OILSTAT_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
        }
        return (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing golden file \(name)>"
    }
}
