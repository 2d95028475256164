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
    public static func checked(
        source: Int, producer: Int, month: Month, product: Int, flow: Int,
        unit: Int
    ) throws(RangeError) -> FigureKey {
        guard Month.validIndexes.contains(month.index) else { throw RangeError(dimension: .month(month)) }
        for (dimension, value, field) in [
            (RangeError.Dimension.source(source), source, Field.source),
            (.producer(producer), producer, .producer),
            (.product(product), product, .product),
            (.flow(flow), flow, .flow), (.unit(unit), unit, .unit),
        ]
        where !field.fits(value) {
            throw RangeError(dimension: dimension)
        }
        return FigureKey(
            source: source, producer: producer, monthIndex: month.index, product: product, flow: flow,
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
        assert(
            Field.source.fits(source) && Field.producer.fits(producer) && Field.monthIndex.fits(monthIndex)
                && Field.product.fits(product) && Field.flow.fits(flow) && Field.unit.fits(unit))
        rawValue =
            Field.source.placing(source) | Field.producer.placing(producer)
            | Field.monthIndex.placing(monthIndex) | Field.product.placing(product) | Field.flow.placing(flow)
            | Field.unit.placing(unit)
    }

    public var source: Int { Field.source.value(in: rawValue) }
    public var producer: Int { Field.producer.value(in: rawValue) }
    public var monthIndex: Int { Field.monthIndex.value(in: rawValue) }
    public var month: Month { Month(index: monthIndex) }
    public var product: Int { Field.product.value(in: rawValue) }
    public var flow: Int { Field.flow.value(in: rawValue) }
    public var unit: Int { Field.unit.value(in: rawValue) }

    public static func < (lhs: FigureKey, rhs: FigureKey) -> Bool { lhs.rawValue < rhs.rawValue }

    // MARK: - The layout

    /// A field of the packed key. This is the only place that knows where each field lies: Swift code and SQL
    /// alike decode and build keys through it.
    public enum Field: Sendable, CaseIterable {
        case source, producer, monthIndex, product, flow, unit

        /// The position of the field's lowest bit.
        public var shift: Int {
            switch self {
            case .source: return 52
            case .producer: return 40
            case .monthIndex: return 24
            case .product: return 16
            case .flow: return 8
            case .unit: return 0
            }
        }

        /// How many bits the field has.
        public var width: Int {
            switch self {
            case .source: return 10
            case .producer: return 12
            case .monthIndex: return 16
            case .product, .flow, .unit: return 8
            }
        }

        /// The largest value the field holds.
        public var mask: Int64 { (1 << Int64(width)) - 1 }

        /// Every bit below the field set: added to a key, the last key that shares this field and those above it.
        public var bitsBelow: Int64 { (1 << Int64(shift)) - 1 }

        /// Whether `value` fits the field.
        @inline(__always)
        public func fits(_ value: Int) -> Bool { value >= 0 && Int64(value) <= mask }

        /// `value` moved into the field's bits (the caller has checked that it fits).
        @inline(__always)
        public func placing(_ value: Int) -> Int64 { Int64(value) << Int64(shift) }

        /// The field's value in `rawValue`.
        @inline(__always)
        public func value(in rawValue: Int64) -> Int { Int(rawValue >> Int64(shift) & mask) }

        /// The SQL expression that decodes the field from the key column `column`, e.g. `(id >> 40) & 4095`.
        public func sql(of column: String = "id") -> String {
            shift == 0 ? "\(column) & \(mask)" : "(\(column) >> \(shift)) & \(mask)"
        }

        /// The SQL expression that moves the value `expression` into the field's bits, e.g. `(p.id << 40)`.
        public func sqlPlacing(_ expression: String) -> String {
            shift == 0 ? "(\(expression))" : "(\(expression) << \(shift))"
        }
    }

    /// The first and last key of `source`.
    public static func range(source: Int) -> ClosedRange<Int64> {
        let low = Field.source.placing(source)
        return low...(low | Field.source.bitsBelow)
    }

    /// The SQL expressions that decode a key column, for views and ad-hoc queries.
    public static let sqlSource = Field.source.sql()
    public static let sqlProducer = Field.producer.sql()
    public static let sqlMonthIndex = Field.monthIndex.sql()
    public static let sqlProduct = Field.product.sql()
    public static let sqlFlow = Field.flow.sql()
    public static let sqlUnit = Field.unit.sql()

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
