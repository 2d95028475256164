import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes reports whole or not at all: to a temporary file beside the target, then renamed into place.
///
/// With no path (or `-`) the bytes go to standard output. Plain `write(2)` calls, no buffering layers,
/// so large CSV outputs cost no more than their bytes.
public enum OutputFile {
    /// Writes `bytes` to `path` atomically (creating its folder), or to standard output when `path` is nil or `-`.
    public static func write(_ bytes: [UInt8], to path: String?) throws {
        guard let path, path != "-" else {
            try writeAll(bytes, to: STDOUT_FILENO, name: "<stdout>")
            return
        }
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw OilStatError(file: path, message: "cannot create the folder \(url.deletingLastPathComponent().path)")
        }
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw OilStatError(file: path, message: "cannot write the file (\(String(cString: strerror(errno))))") }
        do {
            try writeAll(bytes, to: fd, name: path)
            close(fd)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OilStatError(file: path, message: "cannot write the file (\(reason))")
        }
    }

    /// Writes `text` as UTF-8; see ``write(_:to:)-(_,String?)``.
    public static func write(_ text: String, to path: String?) throws {
        try write(Array(text.utf8), to: path)
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, name: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw OilStatError(file: name, message: "cannot write (\(String(cString: strerror(errno))))")
                }
                offset += written
            }
        }
    }
}
