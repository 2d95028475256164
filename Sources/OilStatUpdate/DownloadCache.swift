import Foundation
import OilStatCore

/// The cache folder of downloads: `$XDG_CACHE_HOME/oilstat`, else `~/.cache/oilstat`. Each file sits beside its
/// validators (`NAME.validators.json`: the `ETag` and `Last-Modified` it came with and the databases it was imported
/// into); a download in progress is `NAME.part`, with the validators it started with in `NAME.part.json` so that it
/// can be resumed (`Range`, `If-Range`) only while the file is unchanged on the server.
public struct DownloadCache: Sendable {
    /// The folder.
    public let folder: String

    public init(folder: String) { self.folder = folder }

    /// The cache folder `environment` names.
    public static func standard(environment: [String: String]) -> DownloadCache {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return DownloadCache(folder: xdg + "/oilstat")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return DownloadCache(folder: home + "/.cache/oilstat")
    }

    /// The cache entry for the file `name`.
    public func entry(_ name: String) -> CachedFile { CachedFile(path: folder + "/" + name) }

    /// Creates the folder if needed.
    public func create() throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OilStatError.fileSystem(
                "cannot create the cache folder: \(error.localizedDescription)", errno: EACCES, file: folder)
        }
    }
}

/// One downloaded file in the cache, with its validators and partial download.
public struct CachedFile: Sendable {
    /// The complete, verified file.
    public let path: String
    /// The validators of ``path``.
    public var validatorsPath: String { path + ".validators.json" }
    /// The download in progress.
    public var partPath: String { path + ".part" }
    /// The validators the download in progress started with.
    public var partValidatorsPath: String { path + ".part.json" }

    /// The validators of the cached file, if it and they exist.
    public func validators() -> Validators? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return Validators.read(validatorsPath)
    }

    /// The size of the partial download, 0 when there is none.
    public var partSize: Int {
        ((try? FileManager.default.attributesOfItem(atPath: partPath))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Replaces the cached file by the finished partial download and records `validators` beside it.
    func promotePart(validators: Validators) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: path) { try? manager.removeItem(atPath: path) }
        do { try manager.moveItem(atPath: partPath, toPath: path) } catch {
            throw OilStatError.fileSystem(
                "cannot move the download into the cache: \(error.localizedDescription)", errno: EIO, file: path)
        }
        try? manager.removeItem(atPath: partValidatorsPath)
        try validators.write(validatorsPath)
    }

    /// Removes the partial download.
    func discardPart() {
        try? FileManager.default.removeItem(atPath: partPath)
        try? FileManager.default.removeItem(atPath: partValidatorsPath)
    }
}

/// What a server said about a file, to ask next time whether it changed, and where it was imported.
public struct Validators: Codable, Sendable, Equatable {
    /// The address it was fetched from (without any API key).
    public var url: String
    /// The `ETag` header.
    public var etag: String?
    /// The `Last-Modified` header.
    public var lastModified: String?
    /// The size in bytes.
    public var size: Int
    /// The databases (absolute paths) the file has been imported into.
    public var importedInto: [String] = []

    public init(url: String, etag: String?, lastModified: String?, size: Int, importedInto: [String] = []) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.size = size
        self.importedInto = importedInto
    }

    /// The validators stored at `path`, or nil.
    public static func read(_ path: String) -> Validators? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(Validators.self, from: data)
    }

    /// Writes the validators to `path` (atomically).
    public func write(_ path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do { try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            throw OilStatError.fileSystem(
                "cannot write the validators: \(error.localizedDescription)", errno: EIO, file: path)
        }
    }
}
