import GRDB

/// Withdraws the figures that a newer file of a source no longer gives.
///
/// A publisher's file (a JODI release, an EIA download) is its whole statement for the months it covers:
/// a figure it marks missing (`x`, `-`, empty) or leaves out is withdrawn. So an import withdraws the current
/// figures that earlier imports of the same format stored for the same source inside the new file's month span,
/// and inside its filter (a `--producer SA` import speaks only for Saudi Arabia), unless the new file gave them
/// again. Figures from other formats (the bundled data, a `load`) are not touched. Nothing is deleted: a withdrawn
/// figure stays in `figure_revision`, valid until the withdrawing vintage, and has no current row any more.
enum FigureWithdrawal {
    /// Withdraws the figures of `current` this import did not give; returns how many.
    static func withdraw(
        current: CurrentFigures, months: ClosedRange<Int>, vintage: Int, format: String,
        filter: ImportFilter, in db: Database
    ) throws -> Int {
        let candidates = current.unseen()
        guard !candidates.isEmpty else { return 0 }
        let formatImports = Set(
            try Int64.fetchAll(db, sql: "SELECT id FROM import WHERE format = ?", arguments: [format]))
        let dimensions: [(codes: Set<String>, table: String, field: FigureKey.Field)] = [
            (filter.producers, "producer", .producer), (filter.products, "product", .product),
            (filter.flows, "flow", .flow), (filter.units, "unit", .unit),
        ]
        var accepted: [(field: FigureKey.Field, ids: Set<Int>)] = []
        for dimension in dimensions where !dimension.codes.isEmpty {
            let ids: [Int] = try Row.fetchAll(db, sql: "SELECT id, code FROM \(dimension.table)")
                .filter { ImportFilter.accepts($0["code"], dimension.codes) }.map { $0["id"] }
            accepted.append((dimension.field, Set(ids)))
        }
        var withdrawn = 0
        for index in candidates {
            let key = current.keys[index]
            guard formatImports.contains(current.importIDs[index]),
                months.contains(FigureKey.Field.monthIndex.value(in: key)),
                accepted.allSatisfy({ $0.ids.contains($0.field.value(in: key)) })
            else { continue }
            try VintageMerge.withdraw(
                key: key, currentVintage: Int(current.vintages[index]), at: vintage, in: db)
            withdrawn += 1
        }
        return withdrawn
    }
}
