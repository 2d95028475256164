import GRDB

/// Which stored figures to read: a field left nil matches every value.
///
/// A selection that names the source reads only that source's keys; one that names the source and the producer
/// reads only that producer's keys in the months asked (the table is clustered by key, so both are range seeks).
public struct FigureSelection: Hashable, Sendable {
    public var source: Int?
    public var producer: Int?
    /// The first month, inclusive.
    public var firstMonth: Month?
    /// The last month, inclusive.
    public var lastMonth: Month?
    public var product: Int?
    public var flow: Int?
    public var unit: Int?

    public init(
        source: Int? = nil, producer: Int? = nil, from firstMonth: Month? = nil,
        through lastMonth: Month? = nil, product: Int? = nil, flow: Int? = nil, unit: Int? = nil
    ) {
        self.source = source
        self.producer = producer
        self.firstMonth = firstMonth
        self.lastMonth = lastMonth
        self.product = product
        self.flow = flow
        self.unit = unit
    }
}

/// A stored figure: its key, its value (in the unit of the key) and the note it carries.
public struct StoredFigure: Hashable, Sendable {
    public var key: FigureKey
    public var value: Double
    /// Where the figure comes from, as loaded (a citation, a URL, the value in its published unit).
    public var note: String?
}

/// How many countries have a figure of one product in one month (of one source, flow and unit).
public struct FigureCoverage: Codable, Hashable, Sendable {
    public var month: Month
    public var product: Int
    public var countries: Int
}

extension OilStatDatabase {
    /// The rows figure queries read: the current figures, or as of ``asOf`` the version of each key valid on that
    /// day (the current row if published by then, else the revision whose `[vintage, supersededBy)` holds it).
    /// SQLite pushes a key range down into both arms.
    var figureRows: String {
        guard let day = asOf?.rawValue else { return "production_figure" }
        return """
            (SELECT id, value, note FROM production_figure WHERE \(CurrentVintage.sql()) <= \(day)
             UNION ALL SELECT id, value, note FROM figure_revision WHERE vintage <= \(day) AND supersededBy > \(day))
            """
    }

    /// The number of stored production figures.
    public func figureCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM production_figure") ?? 0 }
    }

    /// The figures `selection` names, in key order.
    public func figures(_ selection: FigureSelection) throws -> [StoredFigure] {
        let named: [(FigureKey.Field, Int?)] = [
            (.source, selection.source), (.producer, selection.producer),
            (.product, selection.product), (.flow, selection.flow),
            (.unit, selection.unit),
        ]
        // An id that does not fit its field names no stored figure.
        guard named.allSatisfy({ field, value in value.map(field.fits) ?? true }) else { return [] }
        let month = FigureKey.Field.monthIndex
        let firstIndex = min(max(selection.firstMonth?.index ?? 0, 0), Int(month.mask))
        let lastIndex = min(max(selection.lastMonth?.index ?? Int(month.mask), 0), Int(month.mask))
        var conditions: [String] = []
        var arguments: [Int64] = []
        func require(_ field: FigureKey.Field, _ value: Int?) {
            guard let value else { return }
            conditions.append("(\(field.sql())) = ?")
            arguments.append(Int64(value))
        }
        if let source = selection.source, let producer = selection.producer {
            conditions.append("id BETWEEN ? AND ?")
            func first(of monthIndex: Int) -> Int64 {
                FigureKey(
                    source: source, producer: producer, monthIndex: monthIndex, product: 0, flow: 0,
                    unit: 0
                ).rawValue
            }
            arguments += [first(of: firstIndex), first(of: lastIndex) | month.bitsBelow]
        } else {
            if let source = selection.source {
                conditions.append("id BETWEEN ? AND ?")
                let range = FigureKey.range(source: source)
                arguments += [range.lowerBound, range.upperBound]
            }
            require(.producer, selection.producer)
            if selection.firstMonth != nil || selection.lastMonth != nil {
                conditions.append("(\(month.sql())) BETWEEN ? AND ?")
                arguments += [Int64(firstIndex), Int64(lastIndex)]
            }
        }
        require(.product, selection.product)
        require(.flow, selection.flow)
        require(.unit, selection.unit)
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, value, note FROM \(figureRows) \(filter) ORDER BY id",
                arguments: StatementArguments(arguments)
            ).map(StoredFigure.init(row:))
        }
    }

    /// The figures with the given keys (keys without a figure are left out), in key order.
    public func figures(keys: some Collection<FigureKey>) throws -> [StoredFigure] {
        guard !keys.isEmpty else { return [] }
        let list = keys.map { String($0.rawValue) }.joined(separator: ",")
        return try read { db in
            try Row.fetchAll(db, sql: "SELECT id, value, note FROM \(figureRows) WHERE id IN (\(list)) ORDER BY id")
                .map(StoredFigure.init(row:))
        }
    }

    /// Every figure of one series kind in one month, by producer id: one point lookup per known producer.
    public func values(
        month: Month, source: Int, product: Int = Product.crude.id, flow: Int = Flow.production.id,
        unit: Int = UnitCode.kbd.id
    ) throws -> [Int: Double] {
        let base = FigureKey(
            source: source, producer: 0, month: month, product: product, flow: flow,
            unit: unit
        ).rawValue
        return try read { db in
            var result: [Int: Double] = [:]
            let sql = asOf.map { Self.valuesQuery(asOf: $0) } ?? Self.valuesQuery
            for row in try Row.fetchAll(db, sql: sql, arguments: [base]) { result[row[0]] = row[1] }
            return result
        }
    }

    /// The query of ``values(month:source:product:flow:unit:)``, given the key of producer 0 as `?1`: producer
    /// first (CROSS JOIN keeps SQLite from scanning the figures), one key lookup per producer: 0.02 s instead of
    /// 19 s on 5M figures.
    static let valuesQuery = """
        SELECT p.id, f.value FROM producer p
        CROSS JOIN production_figure f ON f.id = (?1 | \(FigureKey.Field.producer.sqlPlacing("p.id")))
        """

    /// ``valuesQuery`` as of `day`: the current row when published by then, else the revision valid then.
    static func valuesQuery(asOf day: PublicationDate) -> String {
        let key = "(?1 | \(FigureKey.Field.producer.sqlPlacing("p.id")))"
        return """
            SELECT p.id, f.value FROM producer p CROSS JOIN production_figure f ON f.id = \(key)
            WHERE \(CurrentVintage.sql("f")) <= \(day.rawValue)
            UNION ALL
            SELECT p.id, r.value FROM producer p CROSS JOIN figure_revision r ON r.id = \(key)
            WHERE r.vintage <= \(day.rawValue) AND r.supersededBy > \(day.rawValue)
            """
    }

    /// How many countries have a figure of each product (for one flow and unit) in `month` from `source`, by
    /// product id.
    ///
    /// One range seek per producer over that producer-month's keys, so it stays fast on large imports.
    public func productCoverage(
        month: Month, source: Int, flow: Int = Flow.production.id,
        unit: Int = UnitCode.kbd.id
    ) throws -> [Int: Int] {
        let base = FigureKey(source: source, producer: 0, month: month, product: 0, flow: 0, unit: 0).rawValue
        let producer = FigureKey.Field.producer.sqlPlacing("p.id")
        // One range seek per producer into each table (a join on the as-of union would read all of it).
        func arm(_ table: String, _ valid: String) -> String {
            """
            SELECT f.id AS id FROM producer p CROSS JOIN \(table) f
              ON f.id BETWEEN (?1 | \(producer)) AND (?1 | \(producer) | \(FigureKey.Field.monthIndex.bitsBelow))
            WHERE p.kind = 'country' AND (\(FigureKey.Field.flow.sql(of: "f.id"))) = ?2
              AND (\(FigureKey.Field.unit.sql(of: "f.id"))) = ?3\(valid)
            """
        }
        let rows =
            asOf.map { day in
                arm("production_figure", " AND \(CurrentVintage.sql("f")) <= \(day.rawValue)") + " UNION ALL "
                    + arm("figure_revision", " AND f.vintage <= \(day.rawValue) AND f.supersededBy > \(day.rawValue)")
            } ?? arm("production_figure", "")
        let sql = "SELECT \(FigureKey.Field.product.sql(of: "id")), COUNT(*) FROM (\(rows)) GROUP BY 1"
        return try read { db in
            var result: [Int: Int] = [:]
            for row in try Row.fetchAll(db, sql: sql, arguments: [base, flow, unit]) { result[row[0]] = row[1] }
            return result
        }
    }

    /// For every month with figures from `source` (of one flow and unit), how many countries have a figure of each
    /// product: figures of aggregates are not counted. Ordered by month and product.
    public func countryCoverage(
        source: Int, flow: Int = Flow.production.id,
        unit: Int = UnitCode.kbd.id
    ) throws -> [FigureCoverage] {
        let range = FigureKey.range(source: source)
        return try read { db in
            let aggregates = try Int.fetchAll(db, sql: "SELECT id FROM producer WHERE kind != 'country'")
            let list = aggregates.map(String.init).joined(separator: ",")
            let excluded = aggregates.isEmpty ? "" : "AND (\(FigureKey.Field.producer.sql())) NOT IN (\(list))"
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT \(FigureKey.Field.monthIndex.sql()), \(FigureKey.Field.product.sql()), COUNT(*)
                    FROM \(figureRows)
                    WHERE id BETWEEN ? AND ? AND (\(FigureKey.Field.flow.sql())) = ?
                      AND (\(FigureKey.Field.unit.sql())) = ?
                      \(excluded)
                    GROUP BY 1, 2 ORDER BY 1, 2
                    """, arguments: [range.lowerBound, range.upperBound, flow, unit]
            ).map { row in
                FigureCoverage(month: Month(index: row[0]), product: row[1], countries: row[2])
            }
        }
    }

    /// One producer's figures from `first` through `last`, by month.
    public func series(
        producer: Int, from first: Month, to last: Month, source: Int, product: Int = Product.crude.id,
        flow: Int = Flow.production.id, unit: Int = UnitCode.kbd.id
    ) throws -> [Month: Double] {
        let selection = FigureSelection(
            source: source, producer: producer, from: first, through: last,
            product: product, flow: flow, unit: unit)
        var result: [Month: Double] = [:]
        for figure in try figures(selection) { result[figure.key.month] = figure.value }
        return result
    }

    /// The months that have figures of a series kind for any producer, ascending (a scan of the source's range).
    public func months(
        source: Int, product: Int = Product.crude.id, flow: Int = Flow.production.id,
        unit: Int = UnitCode.kbd.id
    ) throws -> [Month] {
        let range = FigureKey.range(source: source)
        return try read { db in
            let indexes = try Int.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT \(FigureKey.Field.monthIndex.sql()) FROM \(figureRows)
                    WHERE id BETWEEN ? AND ? AND (\(FigureKey.Field.product.sql())) = ?
                      AND (\(FigureKey.Field.flow.sql())) = ? AND (\(FigureKey.Field.unit.sql())) = ?
                    """, arguments: [range.lowerBound, range.upperBound, product, flow, unit])
            return indexes.sorted().map(Month.init(index:))
        }
    }
}

extension StoredFigure {
    /// Reads `id, value, note`.
    fileprivate init(row: Row) {
        self.init(key: FigureKey(rawValue: row[0]), value: row[1], note: row[2])
    }
}
