import GRDB

/// Stores one figure of one vintage among the versions a key already has, keeping every published value.
///
/// A key's versions are its current row (`production_figure`, valid from its vintage on) and its revisions
/// (`figure_revision`, valid over `[vintage, supersededBy)`). A value published on day V:
/// - equal to the version valid at V: nothing changes (the value was first published then), except that an
///   undated version takes the date V;
/// - of a vintage the key already has, but different: that version's value is replaced (a corrected file);
/// - later than every version: the current row becomes a revision superseded at V, and V is current;
/// - earlier than a version (an out-of-order import): a revision valid from V until the next event, or the
///   next version extended back to V when it has the same value.
///
/// One point lookup per figure: the general path for long CSVs and out-of-order imports. The bulk import of
/// a release newer than everything stored takes the fast path of ``FigureImportSession``.
enum VintageMerge {
    /// What storing one figure did.
    enum Change: Sendable, Equatable {
        case new, revised, replaced, unchanged
    }

    /// One stored version of a key.
    private struct Version {
        var start: Int
        var end: Int?
        var value: Double
        var assessment: Int?
        var isCurrent: Bool
    }

    /// Stores `value` of `key` published at `vintage` by import `importID`.
    static func merge(
        key: Int64, value: Double, assessment: Int?, note: String?, vintage: Int, importID: Int64,
        in db: Database
    ) throws -> Change {
        var versions: [Version] = []
        if let row = try Row.fetchOne(
            db, sql: "SELECT \(CurrentVintage.sql()), value, assessment FROM production_figure WHERE id = ?",
            arguments: [key])
        {
            versions.append(Version(start: row[0], end: nil, value: row[1], assessment: row[2], isCurrent: true))
        }
        for row in try Row.fetchAll(
            db, sql: "SELECT vintage, supersededBy, value, assessment FROM figure_revision WHERE id = ?",
            arguments: [key])
        {
            versions.append(Version(start: row[0], end: row[1], value: row[2], assessment: row[3], isCurrent: false))
        }
        func same(_ version: Version) -> Bool { version.value == value && version.assessment == assessment }
        if let existing = versions.first(where: { $0.start == vintage }) {
            if same(existing) { return .unchanged }
            if existing.isCurrent {
                try db.execute(
                    sql: "UPDATE production_figure SET value = ?, assessment = ?, importId = ?, note = ? WHERE id = ?",
                    arguments: [value, assessment, importID, note, key])
            } else {
                try db.execute(
                    sql: """
                        UPDATE figure_revision SET value = ?, assessment = ?, importId = ?, note = ?
                        WHERE id = ? AND vintage = ?
                        """, arguments: [value, assessment, importID, note, key, vintage])
            }
            return .replaced
        }
        let covering = versions.first { $0.start < vintage && ($0.end.map { $0 > vintage } ?? true) }
        if let covering, same(covering) {
            // An undated value given again by a dated publication takes that date: now it is known.
            if covering.start == PublicationDate.undated.rawValue {
                try redate(key: key, from: covering, to: vintage, importID: importID, in: db)
            }
            return .unchanged
        }
        let next = versions.filter { $0.start > vintage }.min { $0.start < $1.start }
        let end = covering?.end ?? next?.start
        let change: Change = covering == nil ? .new : .revised
        guard let end else {
            if covering != nil {
                try supersede(key: key, at: vintage, in: db)
                try db.execute(
                    sql: """
                        UPDATE production_figure SET value = ?, assessment = ?, importId = ?, note = ?, vintage = ?
                        WHERE id = ?
                        """, arguments: [value, assessment, importID, note, vintage, key])
            } else {
                try db.execute(
                    sql: """
                        INSERT INTO production_figure (id, value, assessment, importId, note, vintage)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """, arguments: [key, value, assessment, importID, note, vintage])
            }
            return change
        }
        if let covering {
            try db.execute(
                sql: "UPDATE figure_revision SET supersededBy = ? WHERE id = ? AND vintage = ?",
                arguments: [vintage, key, covering.start])
        }
        if let next, next.start == end, same(next) {
            // The same value was published earlier than known: its validity starts at this vintage.
            try redate(key: key, from: next, to: vintage, importID: importID, in: db)
        } else {
            try db.execute(
                sql: """
                    INSERT INTO figure_revision (id, vintage, value, assessment, importId, note, supersededBy)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [key, vintage, value, assessment, importID, note, end])
        }
        return change
    }

    /// Moves the start of `version`'s validity to `vintage`, the publication of import `importID`.
    private static func redate(
        key: Int64, from version: Version, to vintage: Int, importID: Int64, in db: Database
    ) throws {
        if version.isCurrent {
            try redateCurrent(key: key, to: vintage, importID: importID, in: db)
        } else {
            try db.execute(
                sql: "UPDATE figure_revision SET vintage = ?, importId = ? WHERE id = ? AND vintage = ?",
                arguments: [vintage, importID, key, version.start])
        }
    }

    /// Moves the start of the current row's validity to `vintage`, the publication of import `importID`.
    static func redateCurrent(key: Int64, to vintage: Int, importID: Int64, in db: Database) throws {
        try db.execute(
            sql: "UPDATE production_figure SET vintage = ?, importId = ? WHERE id = ?",
            arguments: [vintage, importID, key])
    }

    /// Moves the current row of `key` to `figure_revision`, valid until `vintage` (the row itself stays, to be
    /// updated or deleted by the caller).
    static func supersede(key: Int64, at vintage: Int, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO figure_revision (id, vintage, value, assessment, importId, note, supersededBy)
                SELECT id, \(CurrentVintage.sql()), value, assessment, importId, note, ? FROM production_figure
                WHERE id = ?
                """, arguments: [vintage, key])
    }

    /// Withdraws the current row of `key` at `vintage`: it becomes a revision valid until then (or, published in
    /// that same vintage, is dropped as a corrected file drops it), and no current row remains.
    static func withdraw(key: Int64, currentVintage: Int, at vintage: Int, in db: Database) throws {
        if currentVintage < vintage { try supersede(key: key, at: vintage, in: db) }
        try db.execute(sql: "DELETE FROM production_figure WHERE id = ?", arguments: [key])
    }
}
