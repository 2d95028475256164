#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes bytes to an open file descriptor with `write(2)`, completely or not at all, and throws on failure.
///
/// Partial writes are continued, `EINTR` is retried, and `EAGAIN` (a non-blocking descriptor that is full)
/// waits with `poll(2)` until it can be written. `EPIPE` becomes ``OutputError/Problem/brokenPipe``, every
/// other failure ``OutputError/Problem/cannotWrite(errno:)``. Nothing is buffered: each call goes straight to
/// the kernel, so a full disk is reported by the call that hit it.
public enum DescriptorWriter {
    /// Writes all of `bytes` to `descriptor`; `name` (a path, `<stdout>`) is what an error names.
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, name: String) throws {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, base + offset, bytes.count - offset)
            if written > 0 {
                offset += written
                continue
            }
            let code = written == 0 ? EIO : errno
            switch code {
            case EINTR:
                continue
            case EAGAIN, EWOULDBLOCK:
                var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&ready, 1, -1)
            case EPIPE:
                throw OutputError.failure(name, .brokenPipe)
            default:
                throw OutputError.failure(name, .cannotWrite(errno: code))
            }
        }
    }

    /// Writes all of `bytes` to `descriptor`; see ``writeAll(_:to:name:)-(UnsafeRawBufferPointer,_,_)``.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32, name: String) throws {
        try bytes.withUnsafeBytes { try writeAll($0, to: descriptor, name: name) }
    }
}

/// `write(2)`, outside any type so that no method named `write` shadows it.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
