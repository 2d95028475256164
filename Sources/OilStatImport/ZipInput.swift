import Foundation
import OilStatCore

/// Reads a `.zip` as downloaded (JODI's `world_Primary_CSV.zip`, EIA's `INTL.zip`) through the system's
/// `unzip`: the one data file inside is extracted to a temporary folder.
public enum ZipInput {
    /// Whether `path` is a zip archive (by its first bytes, or its name when unreadable).
    public static func isZip(path: String) -> Bool {
        if let handle = FileHandle(forReadingAtPath: path) {
            defer { try? handle.close() }
            let magic = handle.readData(ofLength: 4)
            return magic == Data([0x50, 0x4B, 0x03, 0x04])
        }
        return path.lowercased().hasSuffix(".zip")
    }

    /// The `unzip` executable on `PATH`, if any.
    public static func unzipExecutable(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for folder in folders {
            let candidate = "\(folder)/unzip"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// An extracted data file; ``remove()`` deletes its temporary folder.
    public struct Extracted: Sendable {
        /// The extracted file.
        public let path: String
        /// The entry's name inside the archive.
        public let entry: String
        /// The temporary folder.
        public let folder: String

        /// Deletes the temporary folder.
        public func remove() { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// Extracts the data file of the archive at `path` (the only entry, or the first `.csv`, `.txt` or `.json`).
    ///
    /// - Throws: ``OilStatCore/OilStatError`` when `unzip` is missing (install it with `apt-get install unzip`),
    ///   fails, or the archive holds no data file.
    public static func extract(path: String, displayName: String? = nil) throws -> Extracted {
        let name = displayName ?? path
        guard let unzip = unzipExecutable() else {
            throw OilStatError(file: name, message: "reading a .zip needs the unzip program, which is not installed "
                               + "(apt-get install unzip), or extract the file first and import the CSV")
        }
        let listing = try run(unzip, ["-Z1", path], name: name)
        let entries = String(decoding: listing, as: UTF8.self).split(separator: "\n").map(String.init).filter { !$0.hasSuffix("/") }
        let data = entries.filter { entry in [".csv", ".txt", ".json"].contains { entry.lowercased().hasSuffix($0) } }
        guard let entry = data.first ?? (entries.count == 1 ? entries[0] : nil) else {
            throw OilStatError(file: name, message: "the archive holds no .csv, .txt or .json file (entries: \(entries.joined(separator: ", ")))")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oilstat-unzip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent((entry as NSString).lastPathComponent)
        _ = FileManager.default.createFile(atPath: target.path, contents: nil)
        do {
            let output = try FileHandle(forWritingTo: target)
            defer { try? output.close() }
            try run(unzip, ["-p", path, entry], name: name, output: output)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
        return Extracted(path: target.path, entry: entry, folder: folder.path)
    }

    /// Runs `executable` and returns its standard output (or streams it to `output`).
    @discardableResult
    private static func run(_ executable: String, _ arguments: [String], name: String, output: FileHandle? = nil) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        let errors = Pipe()
        process.standardOutput = output ?? pipe
        process.standardError = errors
        do { try process.run() } catch {
            throw OilStatError(file: name, message: "cannot run unzip: \(error.localizedDescription)")
        }
        var data = Data()
        if output == nil { data = pipe.fileHandleForReading.readDataToEndOfFile() }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw OilStatError(file: name, message: "unzip failed (\(process.terminationStatus))\(text.isEmpty ? "" : ": \(text)")")
        }
        return data
    }
}
