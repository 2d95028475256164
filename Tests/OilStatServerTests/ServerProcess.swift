import Foundation

/// The built `oilstat serve` in a child process on 127.0.0.1 and a free port, with its log captured.
final class ServerProcess {
    let process = Process()
    let port: Int
    private let errorFile: URL

    /// Starts `oilstat serve --port 0` on `database` and waits for its "serving" line (at most 60 s).
    init(database: String, extra: [String] = [], dataFolder: URL? = ServerTestSupport.dataFolder) throws {
        errorFile = try ServerTestSupport.temporaryFolder().appendingPathComponent("serve.log")
        FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.executableURL = ServerTestSupport.binary
        process.arguments = ["serve", "--host", "127.0.0.1", "--port", "0", "--database", database] + extra
        var environment = ProcessInfo.processInfo.environment
        environment["OILSTAT_DATA"] = dataFolder?.path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        var found: Int?
        for _ in 0..<600 where found == nil {
            Thread.sleep(forTimeInterval: 0.1)
            found = Self.port(in: Self.read(errorFile))
            if !process.isRunning { break }
        }
        guard let found else {
            process.terminate()
            throw ServerError(message: "the server did not start: \(Self.read(errorFile))")
        }
        port = found
    }

    struct ServerError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Everything the server wrote to standard error so far (its notices and access log).
    var log: String { Self.read(errorFile) }

    static func read(_ file: URL) -> String { (try? String(contentsOf: file, encoding: .utf8)) ?? "" }

    /// The port in the "serving http://127.0.0.1:PORT/" line.
    static func port(in log: String) -> Int? {
        guard let range = log.range(of: "serving http://127.0.0.1:") else { return nil }
        return Int(log[range.upperBound...].prefix { $0.isNumber })
    }

    /// The base address, e.g. `http://127.0.0.1:41234`.
    var base: String { "http://127.0.0.1:\(port)" }

    /// Sends SIGTERM and waits for the process to end; its exit status.
    @discardableResult func stop() -> Int32 {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit { if process.isRunning { process.terminate() } }

    /// Runs `executable` with `arguments`; its standard output, standard error and status.
    static func run(_ executable: String, _ arguments: [String]) throws -> (
        output: String, error: String, status: Int32
    ) {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: executable)
        child.arguments = arguments
        let out = Pipe()
        let errorFile = try ServerTestSupport.temporaryFolder().appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        child.standardOutput = out
        child.standardError = try FileHandle(forWritingTo: errorFile)
        try child.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        let error = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return (String(decoding: output, as: UTF8.self), error, child.terminationStatus)
    }

    /// The first of `names` found on PATH (or in /usr/bin), if any.
    static func tool(_ names: [String]) -> String? {
        let folders =
            (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
            + ["/usr/bin", "/usr/local/bin"]
        for name in names {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    /// Whether the tests run in CI, where a missing tool is a failure rather than a skip.
    static var inCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
}
