import Foundation
import Hummingbird
import HummingbirdTesting
import OilStatCore
import OilStatServer

/// Databases, the app under test and the built binary, for the server tests.
enum ServerTestSupport {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The marker stored as a producer's name and a figure's note: it must show as text on every page.
    static let hostileName = "<script>alert(1)</script>"

    /// A copy of `Data/` with one more producer, XS, named ``hostileName``, with a Reuters figure in 2019-12
    /// whose note is ``hostileName`` too.
    static func hostileDataFolder() throws -> URL {
        let folder = try temporaryFolder()
        let data = folder.appendingPathComponent("Data")
        try FileManager.default.copyItem(at: repository.appendingPathComponent("Data"), to: data)
        try append("XS,XSX,\(hostileName),country,\n", to: data.appendingPathComponent("producers.csv"))
        try append(
            "XS,2019-12,1,kb/d,Reuters survey,CRUDEOIL,\"\(hostileName)\",,\n",
            to: data.appendingPathComponent("production.csv"))
        return data
    }

    static func append(_ text: String, to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    /// The data folder of the test database (the CLI runs get it as `$OILSTAT_DATA`, so they load nothing).
    static let dataFolder: URL? = try? hostileDataFolder()

    /// A database file holding the bundled data plus the hostile producer, opened by the test readers.
    static let databasePath: String = {
        do {
            let path = try temporaryFolder().appendingPathComponent("serve.sqlite").path
            let database = try OilStatDatabase(path: path)
            guard let dataFolder else { return "/nonexistent/data-folder" }
            try BundledData(directory: dataFolder).loadIfNeeded(into: database)
            return path
        } catch {
            return "/nonexistent/\(error)"
        }
    }()

    /// Read-only connections to ``databasePath``.
    static func readers() throws -> DatabaseReaders { try DatabaseReaders(path: databasePath, count: 2) }

    /// The app over the test database with `settings` (no rate limit unless asked).
    static func app(token: String? = nil, rateLimit: Int = 0) throws -> some ApplicationProtocol {
        let settings = ServerSettings(
            databasePath: databasePath, token: token, rateLimit: rateLimit, limitLoopback: true)
        return Application(router: DashboardApplication.router(settings: settings, readers: try readers()))
    }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oilstat-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The `oilstat` binary beside the test bundle (the same build folder).
    static var binary: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("oilstat")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return repository.appendingPathComponent(".build/debug/oilstat")
    }

    /// Runs the binary with `arguments` on `database`; standard output and the exit status.
    static func runCLI(_ arguments: [String], database: String) throws -> (output: String, status: Int32) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["OILSTAT_DATABASE"] = database
        environment["NO_COLOR"] = "1"
        environment["OILSTAT_DATA"] = dataFolder?.path
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }
}
