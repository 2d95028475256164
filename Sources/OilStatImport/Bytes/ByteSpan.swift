import OilStatCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A borrowed run of bytes inside a scanner's buffer: one field of one record.
///
/// A span is valid only while the record it came from is being visited; copy what you keep
/// (``string``, ``bytes``). Comparing a span with a code makes no `String`.
package struct ByteSpan {
    /// The first byte.
    package let start: UnsafePointer<UInt8>
    /// The number of bytes.
    package let count: Int

    /// Creates a span over `count` bytes from `start`.
    @inline(__always)
    package init(start: UnsafePointer<UInt8>, count: Int) {
        self.start = start
        self.count = count
    }

    /// Whether the span has no bytes.
    @inline(__always)
    package var isEmpty: Bool { count == 0 }

    /// The byte at `index` (0-based, unchecked).
    @inline(__always)
    package subscript(index: Int) -> UInt8 { start[index] }

    /// The bytes as a `String` (UTF-8, invalid sequences repaired).
    package var string: String {
        String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }

    /// A copy of the bytes.
    package var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    /// Whether the span holds exactly the bytes of `literal`.
    @inline(__always)
    package func equals(_ literal: StaticString) -> Bool {
        count == literal.utf8CodeUnitCount && memcmp(start, literal.utf8Start, count) == 0
    }

    /// Whether the span holds exactly `other`.
    @inline(__always)
    package func equals(_ other: [UInt8]) -> Bool {
        guard count == other.count else { return false }
        return other.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true } // both empty
            return memcmp(start, base, count) == 0
        }
    }

    /// Whether the span, as it is (not trimmed), is one of `policy`'s markers for "no figure", e.g.
    /// `MissingValuePolicy.jodi` (where `NA` is Namibia, not a marker). Allocation-free.
    @inline(__always)
    package func isMissing(_ policy: MissingValuePolicy) -> Bool {
        for marker in policy.utf8Markers where marker.count == count && equals(marker) { return true }
        return false
    }

    /// The bytes with leading and trailing spaces and tabs removed.
    @inline(__always)
    package var trimmed: ByteSpan {
        var first = 0
        var end = count
        while first < end, start[first] == 0x20 || start[first] == 0x09 { first += 1 }
        while end > first, start[end - 1] == 0x20 || start[end - 1] == 0x09 { end -= 1 }
        return ByteSpan(start: start + first, count: end - first)
    }
}
