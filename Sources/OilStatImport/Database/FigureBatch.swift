import OilStatCore

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
    typealias Dimension = LocalFigureKey.Dimension

    /// Local keys (``OilStatCore/LocalFigureKey``).
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
        LocalFigureKey.pack(producer: producer, monthIndex: monthIndex, product: product, flow: flow, unit: unit)
    }
}
