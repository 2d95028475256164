import GRDB
import OilStatCore

/// Thrown by ``BulkFigureWriter`` when one import holds two figures with the same key.
///
/// The writer only knows that one statement stored fewer rows than it was given, so it hands over that
/// statement's keys; ``codes(in:)`` turns them into codes while the import's transaction is still open (new
/// producers and codes are rolled back with it), so the importer can find both lines in the file.
struct DuplicateFigureKeys: Error {
    /// The keys of the statement that held the repeated figure (one of them is the repeat).
    let candidates: [Int64]

    /// The candidate keys as the codes a file writes.
    func codes(in db: Database) throws -> Set<FigureCodes> {
        var result: Set<FigureCodes> = []
        for raw in Set(candidates) {
            let key = FigureKey(rawValue: raw)
            func code(_ table: String, _ id: Int) throws -> String {
                try String.fetchOne(db, sql: "SELECT code FROM \(table) WHERE id = ?", arguments: [id]) ?? "#\(id)"
            }
            result.insert(FigureCodes(producer: try code("producer", key.producer), monthIndex: key.monthIndex,
                                      product: try code("product", key.product), flow: try code("flow", key.flow),
                                      unit: try code("unit", key.unit)))
        }
        return result
    }
}

/// A figure's key as the codes of a file: producer, month, product, flow and unit.
struct FigureCodes: Hashable, Sendable, CustomStringConvertible {
    var producer: String
    var monthIndex: Int
    var product: String
    var flow: String
    var unit: String

    var description: String {
        "\(producer) \(Month(index: monthIndex)) \(product) \(flow) \(unit)"
    }
}

/// The codes of a repeated figure, carried out of the rolled-back transaction.
struct RepeatedFigureCodes: Error {
    let candidates: Set<FigureCodes>

    /// The error to show when the lines could not be found again.
    func error(file: String) -> OilStatError {
        let keys = candidates.map(\.description).sorted().prefix(3).joined(separator: "; ")
        return OilStatError(file: file, message: "duplicate figure: one of \(keys) appears twice (a file gives each "
                            + "figure once)")
    }
}

extension OilStatError {
    /// `FILE:LINE: duplicate figure: SA 2024-01 CRUDEOIL INDPROD KBD is also on line 7`.
    static func duplicateFigure(file: String, line: Int?, firstLine: Int?, codes: FigureCodes,
                                position: String = "line") -> OilStatError {
        let earlier = firstLine.map { " is also on \(position) \($0)" } ?? " appears twice"
        return OilStatError(file: file, line: line,
                            message: "duplicate figure: \(codes)\(earlier) (a file gives each figure once)")
    }
}
