import GRDB

/// A source as `oilstat sources` lists it: how many figures it has and the months they cover.
public struct SourceSummary: Codable, Hashable, Sendable {
    public var source: Source
    public var figures: Int
    /// The first and last month with a figure; nil when the source has none.
    public var firstMonth: Month?
    public var lastMonth: Month?
}

extension OilStatDatabase {
    /// Every source, by id.
    public func sources() throws -> [Source] {
        try read { db in try Source.fetchAll(db, sql: "SELECT * FROM source ORDER BY id") }
    }

    /// The source named `name`, case-insensitively; the error lists the known sources.
    public func source(named name: String) throws -> Source {
        try read { db in
            if let source = try Source.fetchOne(db, sql: "SELECT * FROM source WHERE name = ?", arguments: [name]) {
                return source
            }
            let names = try String.fetchAll(db, sql: "SELECT name FROM source ORDER BY id")
            throw OilStatError.unknown("source", name, among: names, listing: names)
        }
    }

    /// Every source with its figure count and the months its figures cover, by id.
    public func sourceSummaries() throws -> [SourceSummary] {
        try read { db in
            let month = FigureKey.Field.monthIndex.sql(of: "f.id")
            let first = FigureKey.Field.source.sqlPlacing("s.id")
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT s.*, COUNT(f.id) AS figures, MIN(\(month)) AS first, MAX(\(month)) AS last
                    FROM source s LEFT JOIN production_figure f
                      ON f.id BETWEEN \(first) AND (\(first) | \(FigureKey.Field.source.bitsBelow))
                    GROUP BY s.id ORDER BY s.id
                    """
            ).map { row in
                let first: Int? = row["first"]
                let last: Int? = row["last"]
                return SourceSummary(
                    source: try Source(row: row), figures: row["figures"],
                    firstMonth: first.map(Month.init(index:)), lastMonth: last.map(Month.init(index:)))
            }
        }
    }

    /// Every product code, by id.
    public func products() throws -> [Product] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, code, name FROM product ORDER BY id").map { row in
                Product(id: row[0], code: row[1], name: row[2])
            }
        }
    }

    /// The unit with `code` (e.g. `CONVBBL`), if the database knows it.
    public func unit(code: String) throws -> UnitCode? {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT id FROM unit WHERE code = ?", arguments: [code])
                .map { UnitCode(id: $0, code: code) }
        }
    }

    /// Every import, oldest first.
    public func imports() throws -> [ImportRecord] {
        try read { db in try ImportRecord.fetchAll(db, sql: "SELECT * FROM import ORDER BY id") }
    }
}
