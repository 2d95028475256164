#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// CPU time of the calling thread, for the optional import diagnostics (`OILSTAT_IMPORT_TIMING=1`).
enum ThreadClock {
    /// Seconds of CPU the calling thread has used.
    static func cpuSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Whether `OILSTAT_IMPORT_TIMING` is set: then importers print thread CPU times on standard error.
    static let diagnosticsEnabled: Bool = getenv("OILSTAT_IMPORT_TIMING") != nil

    /// Prints one diagnostics line on standard error.
    static func report(_ text: String) {
        let line = Array(("[import timing] " + text + "\n").utf8)
        _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
}
