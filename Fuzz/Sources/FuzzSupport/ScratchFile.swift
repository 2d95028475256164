#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A per-process file in the temporary folder that each fuzz input is written to, for parsers that
/// read a path (the JODI scanner). The file is reused from input to input and removed at exit.
public final class ScratchFile: @unchecked Sendable {
    /// The file's path: `$TMPDIR/oilstat-fuzz-NAME-PID.EXTENSION` (`/tmp` when `TMPDIR` is unset).
    public let path: String
    private let descriptor: CInt

    /// Creates (or truncates) the file; a failure to do so ends the run, since no input could be tested.
    public init(name: String, extension fileExtension: String) {
        let folder = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        path = "\(folder)/oilstat-fuzz-\(name)-\(getpid()).\(fileExtension)"
        descriptor = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            fatalError("cannot create the scratch file \(path): \(String(cString: strerror(errno)))")
        }
        ScratchFile.removeAtExit(path)
    }

    /// Replaces the file's contents with `bytes`.
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard ftruncate(descriptor, 0) == 0 else { fatalError("cannot truncate \(path)") }
        var written = 0
        while written < bytes.count {
            let count = pwrite(descriptor, bytes.baseAddress! + written, bytes.count - written, off_t(written))
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { fatalError("cannot write \(path): \(String(cString: strerror(errno)))") }
            written += count
        }
    }

    nonisolated(unsafe) private static var paths: [String] = []

    private static func removeAtExit(_ path: String) {
        if paths.isEmpty { atexit { for path in ScratchFile.paths { unlink(path) } } }
        paths.append(path)
    }
}
