#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output and standard error, written with throwing `write(2)` calls (never `FileHandle`, which traps
/// when a write fails).
///
/// A full disk or an I/O error throws ``OutputError`` naming `<stdout>` or `<stderr>`, which the command prints
/// as one line before exiting with status 1. A closed pipe (`oilstat producers | head -1`) throws
/// ``OutputError/Problem/brokenPipe``; the command then ends the Unix way, by `SIGPIPE` with nothing printed
/// (status 141 in the shell), see ``endAfterBrokenPipe()``.
public enum StandardStream: Sendable {
    /// Standard output (descriptor 1).
    case output
    /// Standard error (descriptor 2).
    case error

    /// The descriptor number.
    public var descriptor: Int32 {
        switch self {
        case .output: return STDOUT_FILENO
        case .error: return STDERR_FILENO
        }
    }

    /// The name an error uses: `<stdout>` or `<stderr>`.
    public var name: String {
        switch self {
        case .output: return "<stdout>"
        case .error: return "<stderr>"
        }
    }

    /// Writes `bytes` completely, or throws ``OutputError`` (as an ``OilStatError``).
    public func write(_ bytes: [UInt8]) throws {
        try DescriptorWriter.writeAll(bytes, to: descriptor, name: name)
    }

    /// Writes `text` as UTF-8, or throws ``OutputError`` (as an ``OilStatError``).
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try DescriptorWriter.writeAll(UnsafeRawBufferPointer($0), to: descriptor, name: name) }
    }

    /// Writes a message to standard error, ignoring failure: when standard error itself cannot be written
    /// there is nowhere left to say so.
    public static func note(_ text: String) {
        try? StandardStream.error.write(text)
    }

    /// Ends the process as a write to a closed pipe does by default: killed by `SIGPIPE`, silently.
    ///
    /// The signal's default action is restored first (a parent may have set it to ignored, which is why the
    /// write returned `EPIPE` instead of killing the process), so the exit status is the same either way:
    /// 128 + 13 = 141 in the shell. `exit(141)` is the fallback should the signal be blocked.
    public static func endAfterBrokenPipe() -> Never {
        signal(SIGPIPE, SIG_DFL)
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGPIPE)
        sigprocmask(SIG_UNBLOCK, &signals, nil)
        raise(SIGPIPE)
        exit(128 + SIGPIPE)
    }
}
