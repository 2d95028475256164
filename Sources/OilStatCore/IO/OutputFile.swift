#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes reports to `--output PATH`: a regular file whole or not at all, anything else as it is.
///
/// What `PATH` is decides how (see `OutputTarget`):
/// - a regular file, or nothing yet: the bytes go to a new temporary file beside it (created with `O_EXCL`,
///   `.NAME.PID.RANDOM.tmp`), which is flushed with `fsync`, renamed over `PATH` and made durable by an `fsync`
///   of the folder. The file keeps the mode (and, for root, the owner) of the one it replaces. On any failure the
///   temporary file is removed and `PATH` is as it was. Missing folders are created.
/// - a symbolic link: followed to its target, which is written by these rules (the link itself stays);
/// - a character or block device, a FIFO or a socket: opened and written directly, so `/dev/null` and a named
///   pipe work and the device node is never replaced;
/// - `-`, `/dev/stdout`, `/dev/stderr`, `/dev/fd/N`: the open descriptor (standard output for `-` and nil);
/// - a directory: an error.
///
/// Plain `write(2)` calls, no buffering layers, so large CSV outputs cost no more than their bytes. Every failure
/// throws ``OutputError`` (as an ``OilStatError``); a closed pipe throws ``OutputError/Problem/brokenPipe``.
public enum OutputFile {
    /// Writes `bytes` to `path`, or to standard output when `path` is nil or `-`.
    public static func write(_ bytes: [UInt8], to path: String?) throws {
        guard let path else {
            try StandardStream.output.write(bytes)
            return
        }
        switch try OutputTarget.resolve(path, name: path) {
        case .descriptor(let descriptor):
            let name = descriptor == STDOUT_FILENO ? StandardStream.output.name : path
            try DescriptorWriter.writeAll(bytes, to: descriptor, name: name)
        case .special(let target):
            try writeDirectly(bytes, to: target, name: path)
        case .regularFile(let target, let existing):
            try replace(target, with: bytes, keeping: existing, name: path)
        }
    }

    /// Writes `text` as UTF-8; see ``write(_:to:)-(_,String?)``.
    public static func write(_ text: String, to path: String?) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Opens a device, FIFO or socket (or a link into `/proc`) and writes to it; a regular file reached through
    /// `/proc` is truncated first.
    private static func writeDirectly(_ bytes: [UInt8], to target: String, name: String) throws {
        var info = stat()
        let isRegular = stat(target, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
        let descriptor = open(target, O_WRONLY | O_NOCTTY | O_CLOEXEC | (isRegular ? O_TRUNC : 0))
        guard descriptor >= 0 else { throw OutputError.failure(name, .cannotOpen(errno: errno)) }
        defer { close(descriptor) }
        try DescriptorWriter.writeAll(bytes, to: descriptor, name: name)
    }

    /// Writes a temporary file beside `target`, flushes it and renames it over `target`.
    private static func replace(
        _ target: String, with bytes: [UInt8], keeping existing: OutputTarget.Existing?,
        name: String
    ) throws {
        let folder = OutputTarget.folder(of: target)
        if existing == nil { try FolderMaker.make(folder, name: name) }
        let (temporary, descriptor) = try createTemporary(beside: target, in: folder, name: name)
        var open = true
        do {
            if let existing {
                fchmod(descriptor, existing.mode)
                if geteuid() == 0 { fchown(descriptor, existing.owner, existing.group) }
            }
            try DescriptorWriter.writeAll(bytes, to: descriptor, name: name)
            if fsync(descriptor) != 0 && errno != EINVAL {
                throw OutputError.failure(name, .cannotWrite(errno: errno))
            }
            open = false
            if close(descriptor) != 0 && errno != EINTR {
                throw OutputError.failure(name, .cannotWrite(errno: errno))
            }
            var info = stat()
            if lstat(target, &info) == 0 && info.st_mode & S_IFMT != S_IFREG {
                throw OutputError.failure(name, .changedWhileWriting)
            }
            guard rename(temporary, target) == 0 else {
                throw OutputError.failure(name, .cannotReplace(errno: errno))
            }
        } catch {
            if open { close(descriptor) }
            unlink(temporary)
            throw error
        }
        try syncFolder(folder, name: name)
    }

    /// Creates `.NAME.PID.RANDOM.tmp` in `folder` with `O_EXCL`, so nothing already there is opened or followed.
    private static func createTemporary(beside target: String, in folder: String, name: String) throws
        -> (path: String, descriptor: Int32)
    {
        let base = OutputTarget.fileName(of: target)
        var code: Int32 = EEXIST
        for _ in 0..<100 {
            let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 16)
            let path = "\(folder)/.\(base).\(getpid()).\(suffix).tmp"
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (path, descriptor) }
            code = errno
            if code != EEXIST && code != EINTR { break }
        }
        throw OutputError.failure(name, .cannotCreateTemporary(folder: folder, errno: code))
    }

    /// Makes the rename durable: `fsync` of the folder (file systems that cannot sync a folder are skipped).
    private static func syncFolder(_ folder: String, name: String) throws {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        if fsync(descriptor) != 0 && errno != EINVAL && errno != EROFS {
            throw OutputError.failure(name, .cannotReplace(errno: errno))
        }
    }
}
