/// Turns the short codes of a column (`CRUDEOIL`, `KBD`, `SA`...) into dense local ids without making
/// a `String` per row: up to 16 bytes are packed into two integers and looked up in a small
/// open-addressing table, after a check against the previous row's code.
///
/// Spans must come from a `JODIScanner` buffer: the lookup reads 16 bytes from the span's start
/// (the buffer is padded for that) and masks off what lies past the span.
struct CodeInterner {
    /// The codes, by local id.
    private(set) var codes: [String] = []
    private var slotLow: [UInt64]
    private var slotHigh: [UInt64]
    private var slotLength: [Int]
    private var slotID: [Int32]
    private var mask: Int
    private var long: [[UInt8]: Int32] = [:]
    private var lastLow: UInt64 = 0, lastHigh: UInt64 = 0, lastLength = -1, lastID: Int32 = 0

    init() {
        let capacity = 64
        slotLow = [UInt64](repeating: 0, count: capacity)
        slotHigh = [UInt64](repeating: 0, count: capacity)
        slotLength = [Int](repeating: -1, count: capacity)
        slotID = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// The number of distinct codes seen.
    var count: Int { codes.count }

    /// The local id of `span`'s code; `isNew` when it is seen for the first time.
    @inline(__always)
    mutating func id(_ span: ByteSpan) -> (id: Int32, isNew: Bool) {
        let length = span.count
        guard length <= 16 else { return longID(span) }
        let raw = UnsafeRawPointer(span.start)
        var low = raw.loadUnaligned(as: UInt64.self)
        var high: UInt64 = 0
        if length <= 8 {
            low &= UInt64.max >> (64 - 8 * UInt64(length))
        } else {
            high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & (UInt64.max >> (64 - 8 * UInt64(length - 8)))
        }
        if low == lastLow && high == lastHigh && length == lastLength { return (lastID, false) }
        var slot =
            Int(
                truncatingIfNeeded: ((low ^ (high &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(length)) &* 0xFF51_AFD7_ED55_8CCD)
                    >> 40) & mask
        while true {
            let stored = slotLength[slot]
            if stored < 0 { break }
            if stored == length && slotLow[slot] == low && slotHigh[slot] == high {
                lastLow = low
                lastHigh = high
                lastLength = length
                lastID = slotID[slot]
                return (lastID, false)
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(codes.count)
        codes.append(span.string)
        slotLow[slot] = low
        slotHigh[slot] = high
        slotLength[slot] = length
        slotID[slot] = id
        lastLow = low
        lastHigh = high
        lastLength = length
        lastID = id
        if codes.count * 2 > slotLength.count { grow() }
        return (id, true)
    }

    private mutating func longID(_ span: ByteSpan) -> (id: Int32, isNew: Bool) {
        let key = span.bytes
        if let id = long[key] { return (id, false) }
        let id = Int32(codes.count)
        codes.append(span.string)
        long[key] = id
        return (id, true)
    }

    private mutating func grow() {
        let old = (slotLow, slotHigh, slotLength, slotID)
        let capacity = slotLength.count * 4
        slotLow = [UInt64](repeating: 0, count: capacity)
        slotHigh = [UInt64](repeating: 0, count: capacity)
        slotLength = [Int](repeating: -1, count: capacity)
        slotID = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        for index in old.2.indices where old.2[index] >= 0 {
            let low = old.0[index]
            let high = old.1[index]
            let length = old.2[index]
            var slot =
                Int(
                    truncatingIfNeeded: ((low ^ (high &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(length))
                        &* 0xFF51_AFD7_ED55_8CCD) >> 40) & mask
            while slotLength[slot] >= 0 { slot = (slot + 1) & mask }
            slotLow[slot] = low
            slotHigh[slot] = high
            slotLength[slot] = length
            slotID[slot] = old.3[index]
        }
    }
}
