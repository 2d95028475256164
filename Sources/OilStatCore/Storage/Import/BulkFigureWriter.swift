import GRDB
import GRDBSQLite

/// Inserts figures into `production_figure` as fast as SQLite allows: raw prepared statements,
/// many rows per `INSERT` (fewer VM entries per row), bound values, no per-row allocation.
///
/// It writes only figures that have no current row (the import session compares the others with the stored
/// values first, ``CurrentFigures``), all of the import's vintage (stored as NULL per row: the import's). A key
/// met twice in the same import is skipped (`ON CONFLICT DO NOTHING`), the statement's change count falls short,
/// and the writer throws
/// ``DuplicateFigureKeys`` with the keys of that statement, so the importer can name both lines.
///
/// A noncopyable struct over raw buffers, so the hot path has no reference counting or exclusivity
/// checks. Use inside a transaction; call ``finish()`` to write the last, partial statement.
struct BulkFigureWriter: ~Copyable {
    /// The most rows one statement may hold: SQLite binds at most 32,766 values, three per row.
    static let rowLimit = 10_922

    private let connection: OpaquePointer
    private let rowsPerStatement: Int
    private let importID: Int64
    private let statement: OpaquePointer
    private let pendingKeys: UnsafeMutablePointer<Int64>
    private let pendingValues: UnsafeMutablePointer<Double>
    private let pendingAssessments: UnsafeMutablePointer<Int8>
    private var bound = 0
    /// Figures written so far.
    private(set) var stored = 0

    /// - Throws: ``OilStatError`` when `rowsPerStatement` is outside 1...``rowLimit``.
    init(db: Database, importID: Int64, rowsPerStatement: Int = 256) throws {
        guard (1...Self.rowLimit).contains(rowsPerStatement) else {
            throw OilStatError(message: "rows per statement must be 1...\(Self.rowLimit), not \(rowsPerStatement)")
        }
        guard let connection = db.sqliteConnection else { throw OilStatError(message: "the database is closed") }
        let statement = try Self.prepare(
            connection: connection, importID: importID, rows: rowsPerStatement)
        self.connection = connection
        self.rowsPerStatement = rowsPerStatement
        self.importID = importID
        self.statement = statement
        pendingKeys = .allocate(capacity: rowsPerStatement)
        pendingValues = .allocate(capacity: rowsPerStatement)
        pendingAssessments = .allocate(capacity: rowsPerStatement)
    }

    deinit {
        sqlite3_finalize(statement)
        pendingKeys.deallocate()
        pendingValues.deallocate()
        pendingAssessments.deallocate()
    }

    private static func prepare(
        connection: OpaquePointer, importID: Int64, rows: Int
    ) throws -> OpaquePointer {
        // No vintage per row: NULL is the import's (import.vintageDay), so rows stay as small as without vintages.
        var sql = "INSERT INTO production_figure (id, value, assessment, importId) VALUES "
        sql.reserveCapacity(240 + rows * 24)
        let tuple = "(?,?,?,\(importID))"
        for row in 0..<rows {
            if row > 0 { sql += "," }
            sql += tuple
        }
        // A second figure of this import with the same key is left alone (counted short).
        sql += " ON CONFLICT(id) DO NOTHING"
        var prepared: OpaquePointer?
        let rc = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil)
        guard rc == SQLITE_OK, let prepared else { throw error(connection, "cannot prepare the insert") }
        return prepared
    }

    /// SQLite's error as a `DatabaseError`, so that the database write reports it with the file (disk full...).
    private static func error(_ connection: OpaquePointer, _ what: String) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
            message: "\(what): \(String(cString: sqlite3_errmsg(connection)))")
    }

    @inline(__always)
    private static func bind(_ statement: OpaquePointer, row: Int, key: Int64, value: Double, assessment: Int8) {
        let column = Int32(row * 3)
        sqlite3_bind_int64(statement, column + 1, key)
        sqlite3_bind_double(statement, column + 2, value)
        if assessment >= 0 {
            sqlite3_bind_int(statement, column + 3, Int32(assessment))
        } else {
            sqlite3_bind_null(statement, column + 3)
        }
    }

    /// Adds one figure; `assessment` < 0 stores NULL.
    @inline(__always)
    mutating func add(key: Int64, value: Double, assessment: Int8) throws {
        let slot = bound
        pendingKeys[slot] = key
        pendingValues[slot] = value
        pendingAssessments[slot] = assessment
        Self.bind(statement, row: slot, key: key, value: value, assessment: assessment)
        bound = slot + 1
        if bound == rowsPerStatement { try stepFull() }
    }

    private mutating func stepFull() throws {
        let rc = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard rc == SQLITE_DONE else { throw Self.error(connection, "cannot store figures") }
        try checkChanges()
        stored += bound
        bound = 0
    }

    /// Throws ``DuplicateFigureKeys`` when the last statement stored fewer rows than it was given.
    private func checkChanges() throws {
        guard Int(sqlite3_changes(connection)) < bound else { return }
        throw DuplicateFigureKeys(candidates: Array(UnsafeBufferPointer(start: pendingKeys, count: bound)))
    }

    /// Writes the rows of the last, partial statement (nothing when there are none).
    mutating func finish() throws {
        guard bound > 0 else { return }
        let tail = try Self.prepare(connection: connection, importID: importID, rows: bound)
        defer { sqlite3_finalize(tail) }
        for slot in 0..<bound {
            Self.bind(
                tail, row: slot, key: pendingKeys[slot], value: pendingValues[slot],
                assessment: pendingAssessments[slot])
        }
        guard sqlite3_step(tail) == SQLITE_DONE else { throw Self.error(connection, "cannot store figures") }
        try checkChanges()
        stored += bound
        bound = 0
    }
}
