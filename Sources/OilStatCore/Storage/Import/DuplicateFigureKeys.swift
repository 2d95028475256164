import GRDB

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
            result.insert(
                FigureCodes(
                    producer: try code("producer", key.producer), monthIndex: key.monthIndex,
                    product: try code("product", key.product), flow: try code("flow", key.flow),
                    unit: try code("unit", key.unit)))
        }
        return result
    }
}
