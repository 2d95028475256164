import GRDB
import OilStatCore

/// Maps the parser's local dimension ids to database ids, adding unknown codes to the
/// `producer`, `product`, `flow` and `unit` tables (with the next free ids) as they arrive.
struct DimensionMap {
    private(set) var producers: [Int] = []
    private(set) var products: [Int] = []
    private(set) var flows: [Int] = []
    private(set) var units: [Int] = []

    /// Resolves a code met for the first time.
    mutating func resolve(_ code: FigureBatch.NewCode, in db: Database) throws {
        switch code.dimension {
        case .producer:
            Self.set(&producers, code.localID, try OilStatDatabase.producerID(forCode: code.code, in: db))
        case .product:
            Self.set(&products, code.localID, try OilStatDatabase.dimensionID(.product, code: code.code, in: db))
        case .flow:
            Self.set(&flows, code.localID, try OilStatDatabase.dimensionID(.flow, code: code.code, in: db))
        case .unit:
            Self.set(&units, code.localID, try OilStatDatabase.dimensionID(.unit, code: code.code, in: db))
        }
    }

    private static func set(_ ids: inout [Int], _ index: Int, _ id: Int) {
        if ids.count <= index { ids.append(contentsOf: repeatElement(0, count: index + 1 - ids.count)) }
        ids[index] = id
    }

    /// The figure key of a local key (see ``FigureBatch/localKey(producer:monthIndex:product:flow:unit:)``).
    @inline(__always)
    func figureKey(local: UInt64, sourceBits: Int64) -> Int64 {
        let producer = producers[Int(local >> 40)]
        let product = products[Int(local >> 16 & 0xFF)]
        let flow = flows[Int(local >> 8 & 0xFF)]
        let unit = units[Int(local & 0xFF)]
        return sourceBits | Int64(producer) << 40 | Int64(local >> 24 & 0xFFFF) << 24
            | Int64(product) << 16 | Int64(flow) << 8 | Int64(unit)
    }
}
