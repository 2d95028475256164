/// Little-endian integers read out of a byte array with bounds checks: a value past the end is nil, never a trap.
struct LittleEndianBytes {
    let bytes: [UInt8]

    /// The unsigned integer of `width` bytes at `offset`, if the bytes are there.
    func value(at offset: Int, width: Int) -> UInt64? {
        guard offset >= 0, width <= 8, offset <= bytes.count - width else { return nil }
        var result: UInt64 = 0
        for index in (0..<width).reversed() { result = result << 8 | UInt64(bytes[offset + index]) }
        return result
    }

    func uint16(at offset: Int) -> UInt16? { value(at: offset, width: 2).map { UInt16($0) } }
    func uint32(at offset: Int) -> UInt32? { value(at: offset, width: 4).map { UInt32($0) } }
    func uint64(at offset: Int) -> UInt64? { value(at: offset, width: 8) }

    /// `count` bytes at `offset`, if they are there.
    func slice(at offset: Int, count: Int) -> ArraySlice<UInt8>? {
        guard offset >= 0, count >= 0, offset <= bytes.count - count else { return nil }
        return bytes[offset..<offset + count]
    }
}
