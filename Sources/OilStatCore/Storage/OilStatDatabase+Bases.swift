import GRDB

extension OilStatDatabase {
    /// How many countries have at least one figure from `source` (any month, product, flow or unit): one seek per
    /// producer, so it stays fast on large imports. The default source rule ranks sources by it, so the default
    /// does not change with the months asked.
    public func countriesCovered(source: Int) throws -> Int {
        let base = FigureKey.Field.source.placing(source)
        let producer = FigureKey.Field.producer.sqlPlacing("p.id")
        let sql = """
            SELECT COUNT(*) FROM producer p
            WHERE p.kind = 'country' AND EXISTS (
              SELECT 1 FROM production_figure f
              WHERE f.id BETWEEN (?1 | \(producer)) AND (?1 | \(producer) | \(FigureKey.Field.producer.bitsBelow)))
            """
        return try read { db in try Int.fetchOne(db, sql: sql, arguments: [base]) ?? 0 }
    }

    /// Whether `source` has any figure of `product` (any producer, month, flow or unit); stops at the first one.
    public func hasFigures(source: Int, product: Int) throws -> Bool {
        let range = FigureKey.range(source: source)
        return try read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT 1 FROM production_figure
                    WHERE id BETWEEN ? AND ? AND (\(FigureKey.Field.product.sql())) = ? LIMIT 1
                    """, arguments: [range.lowerBound, range.upperBound, product]) != nil
        }
    }

    /// How many figures of `product` `source` has for `producer` over every month (any flow and unit).
    public func figureCount(source: Int, producer: Int, product: Int) throws -> Int {
        let low = FigureKey.Field.source.placing(source) | FigureKey.Field.producer.placing(producer)
        let high = low | FigureKey.Field.producer.bitsBelow
        return try read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM production_figure
                    WHERE id BETWEEN ? AND ? AND (\(FigureKey.Field.product.sql())) = ?
                    """, arguments: [low, high, product]) ?? 0
        }
    }
}
