import OilStatCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes bytes to a file or to standard output with plain `write(2)` calls (no buffering layers).
public enum OutputFile {
    /// Writes `bytes` to the file at `path` (created or truncated), or to standard output when `path` is nil or `-`.
    public static func write(_ bytes: [UInt8], to path: String?) throws {
        let fd: Int32
        if let path, path != "-" {
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { throw OilStatError(file: path, message: "cannot write the file (\(String(cString: strerror(errno))))") }
        } else {
            fd = STDOUT_FILENO
        }
        defer { if fd != STDOUT_FILENO { close(fd) } }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw OilStatError(file: path ?? "<stdout>", message: "cannot write (\(String(cString: strerror(errno))))")
                }
                offset += written
            }
        }
    }
}
