/// The key of a figure as a parser numbers it, before its codes have database ids.
///
/// A fast parser numbers each producer, product, flow and unit code in the order it meets it (its *local*
/// id) and packs those ids with the month into one `UInt64`, so that it never touches the database; the
/// import session maps the local ids to database ids (``LocalCodeMap``) and packs the ``FigureKey``.
/// Bits, high to low: producer 24 | month index 16 | product 8 | flow 8 | unit 8.
package enum LocalFigureKey {
    /// The dimensions of a figure key that come from codes in the file.
    package enum Dimension: Int, Sendable {
        case producer, product, flow, unit
    }

    /// Packs local ids (a producer below 2^24, the others below 256) and a month index below 2^16.
    @inlinable @inline(__always)
    package static func pack(producer: Int32, monthIndex: Int, product: Int32, flow: Int32, unit: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: producer)) << 40 | UInt64(monthIndex) << 24
            | UInt64(UInt32(bitPattern: product)) << 16 | UInt64(UInt32(bitPattern: flow)) << 8
            | UInt64(UInt32(bitPattern: unit))
    }

    @inline(__always) static func producer(_ key: UInt64) -> Int { Int(key >> 40) }
    @inline(__always) static func monthIndex(_ key: UInt64) -> Int { Int(key >> 24 & 0xFFFF) }
    @inline(__always) static func product(_ key: UInt64) -> Int { Int(key >> 16 & 0xFF) }
    @inline(__always) static func flow(_ key: UInt64) -> Int { Int(key >> 8 & 0xFF) }
    @inline(__always) static func unit(_ key: UInt64) -> Int { Int(key & 0xFF) }
}
