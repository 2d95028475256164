import GRDB

/// Withdraws the figures that a newer file of a source no longer gives.
///
/// A publisher's file (a JODI release, an EIA download) is its whole statement for the months it covers:
/// a figure it marks missing (`x`, `-`, empty) or leaves out is withdrawn. So an import removes the figures
/// that earlier imports of the same format stored for the same source inside the new file's month span, and
/// inside its filter (a `--producer SA` import speaks only for Saudi Arabia), unless the new file stored
/// them again. Figures from other formats (the bundled data, a `load`) are not touched.
enum FigureWithdrawal {
    /// Deletes the withdrawn figures; returns how many.
    static func withdraw(
        source: Int, months: ClosedRange<Int>?, importID: Int64, format: String,
        filter: ImportFilter, in db: Database
    ) throws -> Int {
        guard let months else { return 0 }
        let earlier =
            try Bool.fetchOne(
                db,
                sql: """
                    SELECT EXISTS (SELECT 1 FROM import WHERE format = ? AND id <> ? AND rowsStored > 0)
                    """, arguments: [format, importID]) ?? false
        guard earlier else { return 0 }
        var conditions = [
            "id BETWEEN ? AND ?",
            "\(FigureKey.sqlMonthIndex) BETWEEN ? AND ?",
            "importId <> ?",
            "importId IN (SELECT id FROM import WHERE format = ?)",
        ]
        let keys = FigureKey.range(source: source)
        let arguments: StatementArguments = [
            keys.lowerBound, keys.upperBound, months.lowerBound, months.upperBound,
            importID, format,
        ]
        let dimensions: [(codes: Set<String>, table: String, column: String)] = [
            (filter.producers, "producer", FigureKey.sqlProducer), (filter.products, "product", FigureKey.sqlProduct),
            (filter.flows, "flow", FigureKey.sqlFlow), (filter.units, "unit", FigureKey.sqlUnit),
        ]
        for dimension in dimensions where !dimension.codes.isEmpty {
            let ids: [Int] = try Row.fetchAll(db, sql: "SELECT id, code FROM \(dimension.table)")
                .filter { ImportFilter.accepts($0["code"], dimension.codes) }.map { $0["id"] }
            let list = ids.isEmpty ? "NULL" : ids.map(String.init).joined(separator: ",")
            conditions.append("\(dimension.column) IN (\(list))")
        }
        try db.execute(
            sql: "DELETE FROM production_figure WHERE " + conditions.joined(separator: " AND "),
            arguments: arguments)
        return db.changesCount
    }
}
