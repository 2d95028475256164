/// The 62-bit key of a stored production figure: source, producer, month, product, flow and unit.
///
/// The key is the `id` (SQLite rowid) of the `production_figure` table, so the table is clustered in
/// key order and one key names at most one figure: re-loading the same figure replaces it instead
/// of duplicating it, with no separate unique index to build. Bits, high to low:
/// source 10 | producer 12 | month index 16 | product 8 | flow 8 | unit 8.
/// A file sorted by producer and month (as JODI's is) is therefore inserted in ascending key order.
public struct FigureKey: Hashable, Comparable, Sendable {
    /// The packed value, stored as the rowid.
    public let rawValue: Int64

    public init(rawValue: Int64) { self.rawValue = rawValue }

    /// Packs the dimensions of a key built from input, checking that each fits its field: a month in
    /// ``Month/validIndexes``, a source below 1,024, a producer below 4,096, product, flow and unit below 256.
    ///
    /// - Throws: ``RangeError`` naming the dimension that does not fit; nothing is packed.
    public static func checked(source: Int, producer: Int, month: Month, product: Int, flow: Int,
                               unit: Int) throws(RangeError) -> FigureKey {
        guard Month.validIndexes.contains(month.index) else { throw RangeError(dimension: .month(month)) }
        for (dimension, value, bits) in [(RangeError.Dimension.source(source), source, 10),
                                         (.producer(producer), producer, 12), (.product(product), product, 8),
                                         (.flow(flow), flow, 8), (.unit(unit), unit, 8)]
        where !(0..<(1 << bits)).contains(value) {
            throw RangeError(dimension: dimension)
        }
        return FigureKey(source: source, producer: producer, monthIndex: month.index, product: product, flow: flow,
                         unit: unit)
    }

    /// Packs the dimensions unchecked, for range bounds of queries whose months and ids are already valid
    /// (a month from the command line has passed ``Month``'s check). Keys built from input use `checked`.
    public init(source: Int, producer: Int, month: Month, product: Int, flow: Int, unit: Int) {
        self.init(source: source, producer: producer, monthIndex: month.index, product: product, flow: flow, unit: unit)
    }

    /// Packs the dimensions with a month given as its ``Month/index``; callers have checked every width.
    @inline(__always)
    init(source: Int, producer: Int, monthIndex: Int, product: Int, flow: Int, unit: Int) {
        assert(source < 1 << 10 && producer < 1 << 12 && monthIndex < 1 << 16 && product < 256 && flow < 256 && unit < 256)
        rawValue = Int64(source) << 52 | Int64(producer) << 40 | Int64(monthIndex) << 24
            | Int64(product) << 16 | Int64(flow) << 8 | Int64(unit)
    }

    public var source: Int { Int(rawValue >> 52 & 0x3FF) }
    public var producer: Int { Int(rawValue >> 40 & 0xFFF) }
    public var monthIndex: Int { Int(rawValue >> 24 & 0xFFFF) }
    public var month: Month { Month(index: monthIndex) }
    public var product: Int { Int(rawValue >> 16 & 0xFF) }
    public var flow: Int { Int(rawValue >> 8 & 0xFF) }
    public var unit: Int { Int(rawValue & 0xFF) }

    public static func < (lhs: FigureKey, rhs: FigureKey) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The SQL expressions that decode a key column, for views and ad-hoc queries.
    public static let sqlSource = "(id >> 52) & 1023"
    public static let sqlProducer = "(id >> 40) & 4095"
    public static let sqlMonthIndex = "(id >> 24) & 65535"
    public static let sqlProduct = "(id >> 16) & 255"
    public static let sqlFlow = "(id >> 8) & 255"
    public static let sqlUnit = "id & 255"

    /// The id of a producer with an ISO 3166 alpha-2 code: 1...676 in alphabetical order, so that
    /// sorted files load in key order. Nil for any other code (those get ids from 1024 up).
    @inline(__always)
    public static func alpha2ProducerID(_ first: UInt8, _ second: UInt8) -> Int? {
        guard (65...90).contains(first), (65...90).contains(second) else { return nil }
        return (Int(first) - 65) * 26 + (Int(second) - 65) + 1
    }

    /// ``alpha2ProducerID(_:_:)`` for a code given as a string.
    public static func alpha2ProducerID(_ code: String) -> Int? {
        let bytes = Array(code.utf8)
        guard bytes.count == 2 else { return nil }
        return alpha2ProducerID(bytes[0], bytes[1])
    }

    /// The first id given to producers that are not ISO alpha-2 countries (regions, aggregates).
    public static let firstOtherProducerID = 1024
}
