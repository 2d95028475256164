#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What an output path leads to, and so how it is written: decided with `lstat(2)` before anything is written.
///
/// - `-`, `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` and `/proc/self/fd/N` are the open descriptor itself.
/// - A regular file, or a path where nothing is yet, is replaced atomically (see ``OutputFile``).
/// - A symbolic link is followed, link by link, to what it points at, which is then judged by these rules; a link
///   into `/proc` (such as `/dev/stdout`'s) is left for `open(2)` to follow.
/// - A character or block device, a FIFO or a socket is opened and written as it is, never replaced.
/// - A directory is an error.
enum OutputTarget: Equatable, Sendable {
    /// An already open descriptor (1 for standard output).
    case descriptor(Int32)
    /// A regular file to replace atomically, with the mode and owner of the file there now (nil for a new file).
    case regularFile(path: String, existing: Existing?)
    /// A device, FIFO or socket, or a link into `/proc`: opened and written directly.
    case special(path: String)

    /// The mode bits and owner of a regular file that is about to be replaced, so the new file keeps them.
    struct Existing: Equatable, Sendable {
        var mode: mode_t
        var owner: uid_t
        var group: gid_t
    }

    /// The most links followed before giving up, as Linux's `MAXSYMLINKS`.
    static let maximumLinks = 40

    /// Decides what `path` leads to; `name` is what errors call it (the path as the user gave it).
    static func resolve(_ path: String, name: String) throws -> OutputTarget {
        if path == "-" { return .descriptor(STDOUT_FILENO) }
        if path.hasSuffix("/") { throw OutputError.failure(name, .isDirectory) }
        var current = path
        for _ in 0...maximumLinks {
            if let descriptor = descriptor(named: current) { return .descriptor(descriptor) }
            var info = stat()
            guard lstat(current, &info) == 0 else {
                let code = errno
                if code == ENOENT { return .regularFile(path: current, existing: nil) }
                throw OutputError.failure(name, .cannotOpen(errno: code))
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                return .regularFile(
                    path: current,
                    existing: Existing(
                        mode: info.st_mode & 0o7777, owner: info.st_uid,
                        group: info.st_gid))
            case S_IFDIR:
                throw OutputError.failure(name, .isDirectory)
            case S_IFLNK:
                let target = try linkTarget(current, name: name)
                if target.hasPrefix("/proc/") { return .special(path: current) }
                current = target.hasPrefix("/") ? target : folder(of: current) + "/" + target
            default:
                return .special(path: current)
            }
        }
        throw OutputError.failure(name, .symbolicLinkLoop)
    }

    /// The descriptor a path such as `/dev/stdout` or `/dev/fd/3` stands for, or nil.
    static func descriptor(named path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default: break
        }
        for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
            return Int32(path.dropFirst(prefix.count))
        }
        return nil
    }

    /// The folder part of `path` (`.` for a bare name, `/` for a name in the root).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = path[..<slash]
        return folder.isEmpty ? "/" : String(folder)
    }

    /// The name part of `path`, after the last `/`.
    static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// What the symbolic link at `path` points at.
    private static func linkTarget(_ path: String, name: String) throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink(path, &buffer, buffer.count - 1)
        guard length >= 0 else { throw OutputError.failure(name, .cannotOpen(errno: errno)) }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
