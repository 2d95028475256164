import Foundation

/// Runs the built `oilstat` binary against a fixture server, with its own database and XDG cache and config folders
/// in a fresh temporary folder, as a user's shell does (standard output a pipe).
struct UpdateRunner {
    /// What a run printed and how it ended.
    struct Result {
        var output: String
        var errorOutput: String
        var status: Int32
        /// Both outputs, for messages.
        var all: String { output + errorOutput }
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The `oilstat` binary of this build (beside the test bundle).
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

    /// The bytes of the fixture `name`.
    static func fixture(_ name: String) -> [UInt8] {
        (try? Array(Data(contentsOf: fixtures.appendingPathComponent(name)))) ?? []
    }

    /// The temporary folder of this runner.
    let folder: URL
    /// Its database.
    var databasePath: String { folder.appendingPathComponent("oilstat.sqlite").path }
    /// Its cache folder (`$XDG_CACHE_HOME/oilstat`).
    var cacheFolder: URL { folder.appendingPathComponent("cache/oilstat") }
    /// Extra environment for every run.
    var environment: [String: String] = [:]

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("oilstat-update-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// The process for `oilstat arguments...`, not started; standard output and error go to the returned pipes.
    func process(_ arguments: [String], environment extra: [String: String] = [:]) -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for name in ["EIA_API_KEY", "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"] {
            environment[name] = nil
        }
        environment["OILSTAT_DATABASE"] = databasePath
        environment["OILSTAT_DATA"] = Self.repository.appendingPathComponent("Data").path
        environment["XDG_CACHE_HOME"] = folder.appendingPathComponent("cache").path
        environment["XDG_CONFIG_HOME"] = folder.appendingPathComponent("config").path
        environment["OILSTAT_UPDATE_BACKOFF"] = "0.05"
        for (key, value) in self.environment.merging(extra, uniquingKeysWith: { $1 }) { environment[key] = value }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        return (process, out, err)
    }

    /// Runs `oilstat arguments...` to the end.
    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        let (process, out, err) = process(arguments, environment: extra)
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            output: String(decoding: outData, as: UTF8.self), errorOutput: String(decoding: errData, as: UTF8.self),
            status: process.terminationStatus)
    }

    /// A digest of the database and its WAL (or "absent"): equal digests mean nothing was written.
    func databaseDigest() -> String {
        [databasePath, databasePath + "-wal"].map { path -> String in
            guard let data = FileManager.default.contents(atPath: path) else { return "absent" }
            return "\(data.count):\(data.hashValue)"
        }.joined(separator: "/")
    }

    /// The names, sizes and modification times of the cache files: equal snapshots mean nothing was written there.
    func cacheSnapshot() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: cacheFolder.path)) ?? []
        return names.sorted().map { name in
            let attributes = try? FileManager.default.attributesOfItem(
                atPath: cacheFolder.appendingPathComponent(name).path)
            let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(name) \(size) \(modified)"
        }
    }

    /// Whether the cache holds `name`.
    func cached(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: cacheFolder.appendingPathComponent(name).path)
    }

    /// The size of the cache file `name`, or -1.
    func cachedSize(_ name: String) -> Int {
        let attributes = try? FileManager.default.attributesOfItem(
            atPath: cacheFolder.appendingPathComponent(name).path)
        return (attributes?[.size] as? NSNumber)?.intValue ?? -1
    }
}
