import GRDB

/// Figures moved aside during a bulk load so that the load appends at the end of the table.
///
/// `production_figure` is clustered by ``FigureKey``, and the source is the key's top bits.
/// When a database already holds figures that sort after the ones being loaded (other sources with
/// higher ids, or a few older figures of the same source), every insert lands inside the b-tree and
/// pages split in the middle, which costs about 40% more. When those figures are few, they are moved
/// to a temporary table for the load and put back afterwards (figures just loaded win over parked ones
/// with the same key, as a replace would). All of it happens inside the load's transaction.
struct ParkedFigures {
    private let count: Int

    /// Parks the figures with keys from `firstKey` up when there are at most `limit` of them; nil otherwise.
    static func park(from firstKey: Int64, limit: Int, in db: Database) throws -> ParkedFigures? {
        let count =
            try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM (SELECT 1 FROM production_figure WHERE id >= ? LIMIT ?)
                    """, arguments: [firstKey, limit + 1]) ?? 0
        guard count > 0, count <= limit else { return nil }
        try db.execute(sql: "DROP TABLE IF EXISTS temp.oilstat_parked_figure")
        try db.execute(
            sql: """
                CREATE TEMP TABLE oilstat_parked_figure AS SELECT * FROM production_figure WHERE id >= ?
                """, arguments: [firstKey])
        try db.execute(sql: "DELETE FROM production_figure WHERE id >= ?", arguments: [firstKey])
        return ParkedFigures(count: count)
    }

    /// Puts the parked figures back, except where the load stored a figure with the same key.
    func restore(in db: Database) throws {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO production_figure SELECT * FROM temp.oilstat_parked_figure ORDER BY id
                """)
        try db.execute(sql: "DROP TABLE temp.oilstat_parked_figure")
    }
}
