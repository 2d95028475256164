#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A temporary file with no name: created with `O_TMPFILE` (or created and unlinked at once where that is not
/// supported) in `$TMPDIR` or `/tmp`, so the system frees it on any exit of the process, `kill -9` included.
///
/// Written by ``append(_:)``, then read back as an ``InputFile`` through the same descriptor (``finish()``).
public final class ScratchFile {
    /// The name errors show (what the file holds, e.g. `world.zip:world.csv`).
    public let name: String
    /// The bytes written so far.
    public private(set) var size = 0
    private var descriptor: Int32

    /// Creates an empty unnamed file in `folder` (default: `$TMPDIR`, else `/tmp`).
    ///
    /// - Throws: ``OilStatError`` when the folder does not take a new file.
    public init(name: String, folder: String? = nil) throws {
        self.name = name
        let folder = folder ?? Self.temporaryFolder()
        descriptor = Self.createUnnamed(in: folder)
        if descriptor < 0 {
            throw OilStatError.fileSystem(
                "cannot create a temporary file in \(folder) "
                    + "(\(SystemErrorText.of(Int32(-descriptor)))); set TMPDIR to a writable "
                    + "folder", errno: Int32(-descriptor), file: name)
        }
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Appends `bytes`.
    ///
    /// - Throws: ``OilStatError`` when the disk is full or the write fails.
    public func append(_ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress else { return }
        var done = 0
        while done < bytes.count {
            let wrote = SystemIO.write(descriptor, base + done, count: bytes.count - done)
            guard wrote > 0 else {
                let code = wrote == 0 ? ENOSPC : Int32(-wrote)
                throw OilStatError.fileSystem(
                    "cannot write the temporary file in \(Self.temporaryFolder()) "
                        + "(\(SystemErrorText.of(code)))", errno: code, file: name)
            }
            done += wrote
            size += wrote
        }
    }

    /// The written file, to read; this object is done with it.
    public func finish() -> InputFile {
        let (fd, size) = release()
        return InputFile(descriptor: fd, size: size, name: name)
    }

    /// Hands the descriptor and size over to the caller, who closes it.
    func release() -> (descriptor: Int32, size: Int) {
        let fd = descriptor
        descriptor = -1
        return (fd, size)
    }

    /// `$TMPDIR` when set, else `/tmp`.
    public static func temporaryFolder() -> String {
        if let value = getenv("TMPDIR"), value.pointee != 0 { return String(cString: value) }
        return "/tmp"
    }

    /// A new unnamed read-write file in `folder`, or minus the error number.
    private static func createUnnamed(in folder: String) -> Int32 {
        #if os(Linux)
            // O_TMPFILE is a macro Swift does not import: __O_TMPFILE (0o20000000 on x86-64 and arm64) | O_DIRECTORY.
            let temporaryFlag: Int32 = 0o20000000 | O_DIRECTORY
            let fd = open(folder, temporaryFlag | O_RDWR | O_EXCL | O_CLOEXEC, 0o600)
            if fd >= 0 { return fd }
            let code = errno
            // Only a folder whose file system lacks O_TMPFILE falls back to a name removed at once.
            guard code == EOPNOTSUPP || code == EISDIR || code == EINVAL else { return -code }
        #endif
        var template = Array("\(folder)/.oilstat-XXXXXX".utf8CString)
        let named = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard named >= 0 else { return -errno }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        _ = fcntl(named, F_SETFD, FD_CLOEXEC)
        return named
    }
}
