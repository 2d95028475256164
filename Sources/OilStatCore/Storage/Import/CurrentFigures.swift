import GRDB
import GRDBSQLite

/// The current figures of one source as an import finds them, in key order: what a new release is compared
/// against, figure by figure, without a query per figure.
///
/// Read once at the start of an import (one sequential scan of the source's keys); each figure of the file is
/// found with a search that starts where the last one ended (files come mostly in key order), and marked seen,
/// so that a figure given twice is caught and the figures not given again are known at the end.
struct CurrentFigures {
    private(set) var keys: [Int64] = []
    private(set) var values: [Double] = []
    /// The assessment code, or -1 for none.
    private(set) var assessments: [Int8] = []
    private(set) var vintages: [Int32] = []
    private(set) var importIDs: [Int64] = []
    private var seen: [Bool] = []
    private var hint = 0
    /// The latest vintage among the rows.
    private(set) var latestVintage = 0

    var isEmpty: Bool { keys.isEmpty }
    var count: Int { keys.count }

    /// Reads the current figures with keys in `range`.
    init(range: ClosedRange<Int64>, in db: Database) throws {
        guard let connection = db.sqliteConnection else { throw OilStatError(message: "the database is closed") }
        var importVintages: [Int64: Int32] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, vintageDay FROM import") {
            importVintages[row[0]] = Int32(truncatingIfNeeded: row[1] as Int)
        }
        var statement: OpaquePointer?
        let sql = """
            SELECT id, value, ifnull(assessment, -1), vintage, importId FROM production_figure
            WHERE id BETWEEN ? AND ? ORDER BY id
            """
        guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
                message: "cannot read the stored figures: \(String(cString: sqlite3_errmsg(connection)))")
        }
        defer { sqlite3_finalize(statement) }
        sqlite3_bind_int64(statement, 1, range.lowerBound)
        sqlite3_bind_int64(statement, 2, range.upperBound)
        var rc = sqlite3_step(statement)
        while rc == SQLITE_ROW {
            keys.append(sqlite3_column_int64(statement, 0))
            values.append(sqlite3_column_double(statement, 1))
            assessments.append(Int8(truncatingIfNeeded: sqlite3_column_int(statement, 2)))
            let importID = sqlite3_column_int64(statement, 4)
            let vintage =
                sqlite3_column_type(statement, 3) == SQLITE_NULL
                ? importVintages[importID] ?? 0 : sqlite3_column_int(statement, 3)
            vintages.append(vintage)
            latestVintage = max(latestVintage, Int(vintage))
            importIDs.append(importID)
            rc = sqlite3_step(statement)
        }
        guard rc == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
                message: "cannot read the stored figures: \(String(cString: sqlite3_errmsg(connection)))")
        }
        seen = Array(repeating: false, count: keys.count)
    }

    /// The position of `key`, or nil when it has no current figure.
    @inline(__always)
    mutating func find(_ key: Int64) -> Int? {
        let count = keys.count
        guard count > 0 else { return nil }
        // Most files come in key order: try the slot after the last one first.
        if hint < count && keys[hint] == key {
            hint += 1
            return hint - 1
        }
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) >> 1
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        guard low < count, keys[low] == key else { return nil }
        hint = low + 1
        return low
    }

    /// Marks the figure at `index` given by this import; false when it was given already.
    @inline(__always)
    mutating func markSeen(_ index: Int) -> Bool {
        if seen[index] { return false }
        seen[index] = true
        return true
    }

    /// The positions of the figures this import did not give.
    func unseen() -> [Int] { seen.indices.filter { !seen[$0] } }
}
