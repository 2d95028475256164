/// A block of parsed figures handed from the parsing thread to the inserting thread.
///
/// Keys are *local*: dimension codes are numbered in the order the parser met them, and the codes
/// first met in this batch travel with it (``newCodes``), so the inserter can map them to database
/// ids before it packs the ``OilStatCore/FigureKey``s.
struct FigureBatch: Sendable {
    /// A dimension code met for the first time.
    struct NewCode: Sendable {
        var dimension: Dimension
        var localID: Int
        var code: String
    }

    /// The dimensions of a figure key that come from codes in the file.
    enum Dimension: Int, Sendable {
        case producer, product, flow, unit
    }

    /// Local key: producer (16 bits) | month index (16) | product (8) | flow (8) | unit (8).
    var keys: [UInt64] = []
    var values: [Double] = []
    /// Assessment code, or -1 for none.
    var assessments: [Int8] = []
    var newCodes: [NewCode] = []
    /// The file offset parsed so far (for progress).
    var offset = 0

    init(capacity: Int) {
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
        assessments.reserveCapacity(capacity)
    }

    var count: Int { keys.count }

    @inline(__always)
    static func localKey(producer: Int32, monthIndex: Int, product: Int32, flow: Int32, unit: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: producer)) << 40 | UInt64(monthIndex) << 24 | UInt64(UInt32(bitPattern: product)) << 16
            | UInt64(UInt32(bitPattern: flow)) << 8 | UInt64(UInt32(bitPattern: unit))
    }
}

/// The row counts of a parse.
struct ParseCounts: Sendable, Equatable {
    var read = 0
    var missing = 0
    var skipped = 0
    /// The earliest and latest month (``OilStatCore/Month/index``) of the rows a filter kept, missing ones too:
    /// the months the file speaks for.
    var firstMonth = Int.max, lastMonth = Int.min

    /// ``firstMonth`` through ``lastMonth``; nil when no row was kept.
    var months: ClosedRange<Int>? { firstMonth <= lastMonth ? firstMonth...lastMonth : nil }

    /// Widens the months to include `month`.
    @inline(__always)
    mutating func include(month: Int) {
        firstMonth = min(firstMonth, month)
        lastMonth = max(lastMonth, month)
    }
}
