import GRDB

/// Maps a parser's local code ids (``LocalFigureKey``) to database ids, adding unknown codes to the
/// `producer`, `product`, `flow` and `unit` tables (with the next free ids) as they arrive.
struct LocalCodeMap {
    private var producers: [Int] = []
    private var products: [Int] = []
    private var flows: [Int] = []
    private var units: [Int] = []

    /// Resolves a code met for the first time.
    mutating func resolve(
        _ dimension: LocalFigureKey.Dimension, localID: Int, code: String,
        in db: Database
    ) throws {
        switch dimension {
        case .producer:
            Self.set(&producers, localID, try OilStatDatabase.producerID(forCode: code, in: db))
        case .product:
            Self.set(&products, localID, try OilStatDatabase.dimensionID(.product, code: code, in: db))
        case .flow:
            Self.set(&flows, localID, try OilStatDatabase.dimensionID(.flow, code: code, in: db))
        case .unit:
            Self.set(&units, localID, try OilStatDatabase.dimensionID(.unit, code: code, in: db))
        }
    }

    private static func set(_ ids: inout [Int], _ index: Int, _ id: Int) {
        if ids.count <= index { ids.append(contentsOf: repeatElement(0, count: index + 1 - ids.count)) }
        ids[index] = id
    }

    /// The figure key of a local key, filed under `source`.
    @inline(__always)
    func figureKey(local: UInt64, source: Int) -> FigureKey {
        FigureKey(
            source: source, producer: producers[LocalFigureKey.producer(local)],
            monthIndex: LocalFigureKey.monthIndex(local), product: products[LocalFigureKey.product(local)],
            flow: flows[LocalFigureKey.flow(local)], unit: units[LocalFigureKey.unit(local)])
    }
}
