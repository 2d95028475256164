#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The words for a POSIX error number, as `strerror` gives them (e.g. "Input/output error").
enum SystemErrorText {
    /// The text for `code`.
    static func of(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// `read(2)`, `pread(2)` and `write(2)` retried on `EINTR`: the count, or minus the error number.
enum SystemIO {
    /// Reads at the descriptor's position.
    static func read(_ fd: Int32, into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
        retrying { systemRead(fd, buffer, count) }
    }

    /// Reads at `offset`.
    static func read(_ fd: Int32, into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int) -> Int {
        retrying { pread(fd, buffer, count, off_t(offset)) }
    }

    /// Writes at the descriptor's position (some of the bytes, possibly).
    static func write(_ fd: Int32, _ buffer: UnsafeRawPointer, count: Int) -> Int {
        retrying { systemWrite(fd, buffer, count) }
    }

    private static func retrying(_ call: () -> Int) -> Int {
        while true {
            let result = call()
            if result >= 0 { return result }
            let code = errno
            if code != EINTR { return -Int(code) }
        }
    }
}

#if canImport(Glibc)
    private let systemRead = Glibc.read
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    private let systemRead = Darwin.read
    private let systemWrite = Darwin.write
#endif
