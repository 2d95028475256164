#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An input file opened the one safe way: never a trap, never a hang, one clear line for anything that is not a
/// readable data file.
///
/// The path is opened with `O_RDONLY | O_NONBLOCK | O_CLOEXEC` (so a FIFO without a writer cannot block the open)
/// and checked with `fstat`:
/// - a regular file is read in place, through `pread(2)`;
/// - a FIFO or pipe (`/dev/stdin` in a pipeline, process substitution `<(cat f.csv)`) is spooled into an unlinked
///   temporary file, at most `spoolLimit` bytes; a FIFO that nothing writes to is an error, not a wait;
/// - a file of size 0 that still reads data (`/proc/self/status`) is spooled the same way;
/// - a directory, character device (`/dev/zero`, `/dev/urandom`, a terminal), block device or socket is an error.
///
/// Reads retry on `EINTR` and report `EIO` and the like as ``OilStatError``. The descriptor is closed when the last
/// reference goes; all reads are positional, so threads can share one `InputFile`.
///
/// For example:
/// ```swift
/// let file = try InputFile(path: "world_Primary_CSV.csv")
/// let head = try file.prefix(8192)
/// ```
public final class InputFile: Sendable {
    /// The name errors show (the path as given, or a display name such as `world.zip:world.csv`).
    public let name: String
    /// The open descriptor (read-only, or read-write for a temporary file).
    public let descriptor: Int32
    /// The size in bytes.
    public let size: Int
    /// A path that opens this very file again, even when it has no name any more (`/proc/self/fd/N`).
    public var reopenPath: String { Self.descriptorPath(descriptor) }

    /// At most this many bytes are spooled from a pipe or FIFO (4 GiB).
    public static let defaultSpoolLimit = 4 << 30

    /// Opens `path` for reading; `displayName` is what errors call it (default: the path).
    ///
    /// - Throws: ``OilStatError`` naming the file when it cannot be opened or read, or is not a data file.
    public convenience init(
        path: String, displayName: String? = nil,
        spoolLimit: Int = InputFile.defaultSpoolLimit
    ) throws {
        let name = displayName ?? path
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { throw OilStatError.notFound("no such file", file: name) }
            throw OilStatError.fileSystem("cannot open the file (\(SystemErrorText.of(code)))", errno: code, file: name)
        }
        do {
            let opened = try Self.adopt(fd, name: name, spoolLimit: spoolLimit)
            self.init(descriptor: opened.descriptor, size: opened.size, name: name)
        } catch {
            close(fd)
            throw error
        }
    }

    /// Takes over `descriptor`, an open regular file of `size` bytes; it is closed with this object.
    public init(descriptor: Int32, size: Int, name: String) {
        self.descriptor = descriptor
        self.size = size
        self.name = name
    }

    deinit { close(descriptor) }

    /// Reads up to `count` bytes at `offset` into `buffer`; returns how many (0 at the end of the file).
    ///
    /// - Throws: ``OilStatError`` when the system reports a read error (`EIO`, ...).
    public func read(into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int) throws -> Int {
        let got = SystemIO.read(descriptor, into: buffer, count: count, at: offset)
        guard got >= 0 else { throw Self.unreadable(name, Int32(-got)) }
        return got
    }

    /// Reads exactly `count` bytes at `offset` (fewer only at the end of the file).
    public func read(count: Int, at offset: Int) throws -> [UInt8] {
        guard count > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        try bytes.withUnsafeMutableBytes { raw in
            while filled < count {
                let got = try read(into: raw.baseAddress! + filled, count: count - filled, at: offset + filled)
                if got == 0 { break }
                filled += got
            }
        }
        bytes.removeLast(count - filled)
        return bytes
    }

    /// The first `count` bytes (fewer when the file is shorter).
    public func prefix(_ count: Int) throws -> [UInt8] { try read(count: min(count, size), at: 0) }

    /// The whole file.
    public func readAll() throws -> [UInt8] { try read(count: size, at: 0) }

    /// Calls `body` with each block of the file in order, `blockSize` bytes at a time.
    public func forEachBlock(size blockSize: Int = 1 << 20, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: blockSize, alignment: 64)
        defer { buffer.deallocate() }
        var offset = 0
        while true {
            let got = try read(into: buffer, count: blockSize, at: offset)
            if got == 0 { return }
            try body(UnsafeRawBufferPointer(start: buffer, count: got))
            offset += got
        }
    }

    /// The path that reopens descriptor `fd` of this process.
    static func descriptorPath(_ fd: Int32) -> String {
        #if os(Linux)
            return "/proc/self/fd/\(fd)"
        #else
            return "/dev/fd/\(fd)"
        #endif
    }

    /// Checks what `fd` is: a regular file is kept; a stream is spooled (and `fd` closed by the caller).
    private static func adopt(_ fd: Int32, name: String, spoolLimit: Int) throws -> (descriptor: Int32, size: Int) {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw unreadable(name, errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            if info.st_size > 0 { return (fd, Int(info.st_size)) }
            // Size 0: empty, or a file whose size the system does not know (/proc): try one byte.
            var byte: UInt8 = 0
            let got = SystemIO.read(fd, into: &byte, count: 1, at: 0)
            if got < 0 { throw unreadable(name, Int32(-got)) }
            if got == 0 { return (fd, 0) }
            return try spool(fd, name: name, limit: spoolLimit, isPipe: false)
        case S_IFIFO:
            return try spool(fd, name: name, limit: spoolLimit, isPipe: true)
        case S_IFDIR:
            throw OilStatError.unsupported("is a directory, not a data file", file: name)
        case S_IFCHR:
            throw OilStatError.unsupported(
                "is a character device (such as /dev/zero or a terminal), not a "
                    + "data file: save the data to a file first", file: name)
        case S_IFBLK:
            throw OilStatError.unsupported("is a block device, not a data file", file: name)
        case S_IFSOCK:
            throw OilStatError.unsupported("is a socket, not a data file", file: name)
        default:
            throw OilStatError.unsupported("is not a regular file", file: name)
        }
    }

    /// Copies the stream `fd` to an unlinked temporary file; returns that file's descriptor and size.
    private static func spool(
        _ fd: Int32, name: String, limit: Int,
        isPipe: Bool
    ) throws -> (descriptor: Int32, size: Int) {
        let spooled = try ScratchFile(name: name)
        let blockSize = 1 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: blockSize, alignment: 64)
        defer { buffer.deallocate() }
        while true {
            let got = SystemIO.read(fd, into: buffer, count: blockSize)
            if got > 0 {
                guard spooled.size + got <= limit else {
                    throw OilStatError.unsupported(
                        "more than \(limit) bytes from a pipe: save the data to a "
                            + "file and import that", file: name)
                }
                try spooled.append(UnsafeRawBufferPointer(start: buffer, count: got))
                continue
            }
            if got == 0 { break }
            let code = Int32(-got)
            if code == EAGAIN || code == EWOULDBLOCK {
                // A writer is attached but has not written yet: wait for data or its end.
                var wanted = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                _ = poll(&wanted, 1, -1)
                continue
            }
            throw unreadable(name, code)
        }
        if isPipe && spooled.size == 0 {
            throw OilStatError.unsupported(
                "is a FIFO or pipe with nothing written to it: save the data to a "
                    + "file first", file: name)
        }
        return spooled.release()
    }

    /// Reading `name` failed with `code`: `NAME: cannot read the file (reason)`.
    private static func unreadable(_ name: String, _ code: Int32) -> OilStatError {
        OilStatError.fileSystem("cannot read the file (\(SystemErrorText.of(code)))", errno: code, file: name)
    }
}
