import GRDB

/// The database's journal: a write-ahead log (WAL), so readers never wait for a writer and a writer never
/// waits for readers, with every commit fsynced (`synchronous = FULL`) before it returns.
///
/// WAL mode is recorded in the file itself; the other settings belong to each connection and are applied
/// whenever one is opened. After a write the log is checkpointed into the database file and truncated,
/// without waiting for readers (a reader still using the log keeps it until the next checkpoint).
enum WriteAheadLog {
    /// The size the log is cut back to when a checkpoint could not truncate it, in bytes.
    static let sizeLimit = 64 << 20

    /// The connection settings: every commit fsyncs the log.
    static func configureConnection(_ db: Database) throws {
        try db.execute(sql: "PRAGMA synchronous = FULL")
        try db.execute(sql: "PRAGMA journal_size_limit = \(sizeLimit)")
    }

    /// Switches the database file to WAL mode unless it is in it already (a write: call it only on a
    /// database this build may change).
    static func enable(_ db: Database) throws {
        guard try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" else { return }
        let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        guard mode == "wal" else {
            throw DatabaseError(
                resultCode: .SQLITE_ERROR,
                message: "cannot switch to WAL mode (journal mode \(mode ?? "?"))")
        }
    }

    /// Copies the log into the database file (fsynced) and truncates it, as far as readers allow.
    ///
    /// The commit is durable before this runs, so a checkpoint that cannot finish is no error.
    static func checkpoint(_ db: Database) {
        _ = try? db.checkpoint(.truncate)
    }
}
