import GRDB

extension OilStatSchema {
    /// The schema version this build writes to `PRAGMA user_version`: the number of its migrations.
    public static var version: Int { migrator.migrations.count }

    /// The migrations recorded in the database that this build does not know, and its `user_version`,
    /// when the database was written by a newer OilStat; nil when this build may use it.
    static func newerSchema(in db: Database) throws -> (userVersion: Int, unknownMigrations: [String])? {
        let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let known = Set(migrator.migrations)
        let unknown = try migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted()
        guard userVersion > version || !unknown.isEmpty else { return nil }
        return (userVersion, unknown)
    }

    /// Throws a ``StorageError`` (as an ``OilStatError``) naming `file` when the database was written by a newer
    /// OilStat.
    ///
    /// Call it before anything is written: such a database is never changed by this build.
    static func checkNotNewer(_ db: Database, file: String) throws {
        guard let newer = try newerSchema(in: db) else { return }
        var found: [String] = []
        if newer.userVersion > version { found.append("schema version \(newer.userVersion)") }
        if let first = newer.unknownMigrations.first { found.append("migration \"\(first)\"") }
        throw OilStatError(
            storage: StorageError(
                file: file, action: "cannot use the database",
                reason: "it was written by a newer OilStat (\(found.joined(separator: ", ")); this build "
                    + "knows schema version \(version)); it is left unchanged: use a newer oilstat"))
    }

    /// Records ``version`` in `PRAGMA user_version` when the database has an older one.
    static func recordVersion(_ db: Database) throws {
        let current = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if current < version { try db.execute(sql: "PRAGMA user_version = \(version)") }
    }
}
