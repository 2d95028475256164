import GRDB

/// One published value of a figure: what a publication of its source printed, and for how long it was the latest.
public struct FigureVersion: Hashable, Sendable {
    public var key: FigureKey
    public var value: Double
    /// The day it was published (``PublicationDate/undated`` when not known).
    public var vintage: PublicationDate
    /// The day a later publication revised or withdrew it; nil while it is the latest value.
    public var supersededBy: PublicationDate?
    /// The name of the publication (e.g. "OPEC MOMR April 2017"), when recorded.
    public var publication: String?
    /// The import that stored it.
    public var importID: Int64
    public var note: String?

    /// Whether it was the latest value on `day` (its validity `[vintage, supersededBy)` holds the day).
    public func isValid(on day: PublicationDate) -> Bool {
        vintage <= day && supersededBy.map { day < $0 } ?? true
    }

    /// The publication's name, or its source's vintage when it has none (e.g. "2017-04-12").
    public var publicationLabel: String { publication ?? vintage.description }
}

/// One figure a newer import revised: its value before and after.
public struct FigureRevisionChange: Hashable, Sendable {
    public var key: FigureKey
    public var before: Double
    public var after: Double
    public var change: Double { after - before }
}

extension OilStatDatabase {
    /// Records the name of the publication of `source` on `vintage` (an undated one has none); an existing name is
    /// kept unless `replacing`.
    static func recordPublication(
        source: Int, vintage: PublicationDate, name: String, replacing: Bool, in db: Database
    ) throws {
        guard !vintage.isUndated else { return }
        try db.execute(
            sql: "INSERT OR \(replacing ? "REPLACE" : "IGNORE") INTO publication (sourceId, vintage, name) "
                + "VALUES (?, ?, ?)",
            arguments: [source, vintage.rawValue, name])
    }

    /// Every published value of the figures `selection` names (source and producer required for a range seek),
    /// the latest and the revised ones, in key and vintage order.
    public func figureVersions(_ selection: FigureSelection) throws -> [FigureVersion] {
        guard let source = selection.source, let producer = selection.producer,
            FigureKey.Field.source.fits(source), FigureKey.Field.producer.fits(producer)
        else { return [] }
        let month = FigureKey.Field.monthIndex
        let firstIndex = min(max(selection.firstMonth?.index ?? 0, 0), Int(month.mask))
        let lastIndex = min(max(selection.lastMonth?.index ?? Int(month.mask), 0), Int(month.mask))
        let low = FigureKey(source: source, producer: producer, monthIndex: firstIndex, product: 0, flow: 0, unit: 0)
        let high =
            FigureKey(source: source, producer: producer, monthIndex: lastIndex, product: 0, flow: 0, unit: 0)
            .rawValue | month.bitsBelow
        var conditions = ["v.id BETWEEN ?1 AND ?2"]
        for (field, value) in [
            (FigureKey.Field.product, selection.product), (.flow, selection.flow), (.unit, selection.unit),
        ] {
            if let value { conditions.append("(\(field.sql(of: "v.id"))) = \(Int64(value) & field.mask)") }
        }
        let filter = conditions.joined(separator: " AND ")
        let sql = """
            SELECT v.id, v.value, v.vintage, v.supersededBy, pub.name, v.importId, v.note FROM (
                SELECT id, value, \(CurrentVintage.sql()) AS vintage, NULL AS supersededBy, importId, note
                FROM production_figure
                WHERE id BETWEEN ?1 AND ?2
                UNION ALL
                SELECT id, value, vintage, supersededBy, importId, note FROM figure_revision
                WHERE id BETWEEN ?1 AND ?2
            ) v LEFT JOIN publication pub ON pub.sourceId = ?3 AND pub.vintage = v.vintage
            WHERE \(filter)
            ORDER BY v.id, v.vintage
            """
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: [low.rawValue, high, source]).map { row in
                let superseded: Int? = row[3]
                return FigureVersion(
                    key: FigureKey(rawValue: row[0]), value: row[1], vintage: PublicationDate(packed: row[2]),
                    supersededBy: superseded.map(PublicationDate.init(packed:)), publication: row[4],
                    importID: row[5], note: row[6])
            }
        }
    }

    /// The name of the publication of `source` on `vintage`, if recorded.
    public func publicationName(source: Int, vintage: PublicationDate) throws -> String? {
        try read { db in
            try String.fetchOne(
                db, sql: "SELECT name FROM publication WHERE sourceId = ? AND vintage = ?",
                arguments: [source, vintage.rawValue])
        }
    }

    /// Whether any publication of `source` printed two consecutive months of one series (its tables carry the
    /// previous month, as OPEC's MOMR and the Reuters survey do): then month-on-month changes are best taken within
    /// one publication.
    /// With `producer`, only that producer's figures are looked at (a range seek, fast on large sources).
    public func carriesPreviousMonth(source: Int, producer: Int? = nil) throws -> Bool {
        var range = FigureKey.range(source: source)
        if let producer, FigureKey.Field.producer.fits(producer) {
            let low = range.lowerBound | FigureKey.Field.producer.placing(producer)
            range = low...(low | FigureKey.Field.producer.bitsBelow)
        }
        let step = Int64(1) << Int64(FigureKey.Field.monthIndex.shift)
        return try read { db in
            try Bool.fetchOne(
                db,
                sql: """
                    WITH v AS (
                        SELECT id, \(CurrentVintage.sql()) AS vintage FROM production_figure
                        WHERE id BETWEEN ?1 AND ?2 AND \(CurrentVintage.sql()) > 0
                        UNION ALL
                        SELECT id, vintage FROM figure_revision WHERE id BETWEEN ?1 AND ?2 AND vintage > 0)
                    SELECT EXISTS (SELECT 1 FROM v a JOIN v b ON b.id = a.id - ?3 AND b.vintage = a.vintage)
                    """, arguments: [range.lowerBound, range.upperBound, step]) ?? false
        }
    }

    /// The import `id`, or the latest import of figures when nil.
    public func importRecord(id: Int64?) throws -> ImportRecord? {
        try read { db in
            if let id { return try ImportRecord.fetchOne(db, key: id) }
            return try ImportRecord.fetchOne(
                db, sql: "SELECT * FROM import WHERE format <> 'bundled' ORDER BY id DESC LIMIT 1")
        }
    }

    /// The figures import `id` revised, largest change first (at most `limit`): the value each had before and the
    /// one the import stored.
    public func largestRevisions(importID id: Int64, limit: Int = 10) throws -> [FigureRevisionChange] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, before, after FROM (
                        SELECT r.id AS id, r.value AS before, n.value AS after FROM figure_revision r
                        CROSS JOIN production_figure n ON n.id = r.id AND \(CurrentVintage.sql("n")) = r.supersededBy
                        WHERE n.importId = ?1
                        UNION ALL
                        SELECT r.id, r.value, n.value FROM figure_revision r
                        CROSS JOIN figure_revision n ON n.id = r.id AND n.vintage = r.supersededBy
                        WHERE n.importId = ?1)
                    ORDER BY abs(after - before) DESC, id LIMIT ?2
                    """, arguments: [id, limit])
            return rows.map {
                FigureRevisionChange(key: FigureKey(rawValue: $0[0]), before: $0[1], after: $0[2])
            }
        }
    }
}
