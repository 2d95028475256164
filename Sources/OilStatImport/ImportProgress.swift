import Foundation
import OilStatCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A one-line progress display on standard error (`importing large.csv: 45% (2,410,000 rows)`),
/// shown only when standard error is a terminal (or when forced), redrawn at most 10 times a second.
final class ImportProgress {
    private let enabled: Bool
    private let label: String
    private let totalBytes: Int
    private var lastDraw = 0.0
    private var drawn = false

    init(enabled: Bool?, label: String, totalBytes: Int) {
        self.enabled = enabled ?? (isatty(2) == 1)
        self.label = label
        self.totalBytes = max(totalBytes, 1)
    }

    /// Notes the file offset reached and the rows stored.
    func update(offset: Int, rows: Int) {
        guard enabled else { return }
        let now = Self.now()
        guard now - lastDraw >= 0.1 else { return }
        lastDraw = now
        let percent = min(100, offset * 100 / totalBytes)
        draw("\rimporting \(label): \(percent)% (\(NumberText.grouped(rows)) figures stored)")
    }

    /// Clears the line.
    func finish() {
        guard enabled, drawn else { return }
        draw("\r\u{1B}[K")
        drawn = false
    }

    private func draw(_ text: String) {
        drawn = true
        var bytes = Array(text.utf8)
        if text.hasPrefix("\r"), !text.hasPrefix("\r\u{1B}") { bytes.append(contentsOf: Array("\u{1B}[K".utf8)) }
        _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }

    /// Seconds on a monotonic clock.
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
