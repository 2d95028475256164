import Foundation
import OilStatCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A one-line progress bar on standard error (`jodi [#########.........] 45.1 MB of 98.2 MB, 11.3 MB/s`), drawn only
/// when standard error is a terminal and not `--quiet`, at most 10 times a second; cleared when done.
public final class DownloadProgress: @unchecked Sendable {
    private let enabled: Bool
    private let label: String
    private let lock = NSLock()
    private var started = 0.0
    private var lastDraw = 0.0
    private var drawn = false

    /// A progress bar for `label`; `enabled` nil draws it only when standard error is a terminal.
    public init(label: String, enabled: Bool?) {
        self.label = label
        self.enabled = enabled ?? (isatty(2) == 1)
    }

    /// Notes `received` bytes of `total` (nil when the server did not say), of which `resumedFrom` were already
    /// downloaded before this run.
    public func update(received: Int, total: Int?, resumedFrom: Int = 0) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Self.now()
        if started == 0 { started = now }
        guard now - lastDraw >= 0.1 else { return }
        lastDraw = now
        let rate = Double(received - resumedFrom) / max(now - started, 0.001)
        var line = "\r\(label) "
        if let total, total > 0 {
            let filled = min(20, received * 20 / total)
            line += "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled) + "] "
            line += "\(Self.bytes(received)) of \(Self.bytes(total))"
        } else {
            line += Self.bytes(received)
        }
        line += ", \(Self.bytes(Int(rate)))/s\u{1B}[K"
        drawn = true
        _ = Array(line.utf8).withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }

    /// Clears the line.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard enabled, drawn else { return }
        drawn = false
        _ = Array("\r\u{1B}[K".utf8).withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }

    /// `bytes` in B, kB, MB or GB (decimal), e.g. `45.1 MB`.
    public static func bytes(_ bytes: Int) -> String {
        let units = ["B", "kB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return unit == 0 ? "\(bytes) B" : String(format: "%.1f", value) + " " + units[unit]
    }

    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
