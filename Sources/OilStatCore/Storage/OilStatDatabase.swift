import Foundation
import GRDB

/// The OilStat SQLite database: opens (or creates) the file, migrates it, and resolves names to ids.
///
/// For example:
/// ```swift
/// let database = try OilStatDatabase(path: OilStatDatabase.defaultPath())
/// try BundledData.standard.loadIfNeeded(into: database)
/// let saudi = try database.producer(matching: "KSA")
/// ```
public final class OilStatDatabase: Sendable {
    /// The GRDB connection; all access goes through it. Write through ``write(_:pageCacheKiB:_:)``.
    public let queue: DatabaseQueue
    /// The file path, or `:memory:`.
    public let path: String

    /// The environment variable that overrides the default database path.
    public static let pathVariable = "OILSTAT_DATABASE"

    /// The database path used when none is given: `$OILSTAT_DATABASE`, else
    /// `$XDG_DATA_HOME/oilstat/oilstat.sqlite`, else `~/.local/share/oilstat/oilstat.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment[pathVariable], !path.isEmpty { return path }
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return base + "/oilstat/oilstat.sqlite"
    }

    /// How long a write waits for another process's write to finish before it fails: 10 minutes.
    public static let defaultLockTimeout = 600.0

    /// How this connection waits for locks held by other processes.
    let lockWait: LockWait

    /// How long a write waits for another process's write before it fails, in seconds.
    public var lockTimeout: Double { lockWait.timeout }

    /// Opens the database at `path`, creating the file and its folder if needed, and migrates it.
    ///
    /// The file is kept in WAL mode, so readers and one writer work at the same time, and every commit is
    /// fsynced. A write waits up to `lockTimeout` seconds for another process's write to finish. A database
    /// in a folder this user cannot write to is opened read-only (queries work, writes fail clearly).
    ///
    /// - Parameters:
    ///   - path: the database file (its folder is created if needed).
    ///   - lockTimeout: how long a write waits for another process's write, in seconds.
    ///   - onWait: called once when this connection has been waiting for another process's lock
    ///     for a moment (to tell the user why nothing happens).
    /// - Throws: ``StorageError`` when the file cannot be opened or was written by a newer OilStat (it is then
    ///   left unchanged); ``OilStatError`` for an empty path.
    public init(path: String, lockTimeout: Double = defaultLockTimeout,
                onWait: @escaping @Sendable () -> Void = {}) throws {
        guard !path.isEmpty else { throw OilStatError(message: "the database path is empty") }
        self.path = path
        let lockWait = LockWait(timeout: lockTimeout, notice: onWait)
        self.lockWait = lockWait
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .callback { tries in lockWait.shouldRetry(tries: tries) }
        configuration.prepareDatabase { db in try WriteAheadLog.configureConnection(db) }
        queue = try DatabaseOpener.open(path: path, configuration: configuration, lockTimeout: lockTimeout)
    }

    /// An empty, migrated in-memory database (for tests and one-off computations).
    public static func inMemory() throws -> OilStatDatabase { try OilStatDatabase(path: ":memory:") }

    // MARK: - Producers

    /// The producer named by a code, alpha-3 code, name or alias, case-insensitively.
    ///
    /// - Throws: ``OilStatError`` naming the closest known names when nothing matches.
    public func producer(matching text: String) throws -> Producer {
        try queue.read { db in try Self.producer(matching: text, in: db) }
    }

    /// ``producer(matching:)`` inside an open database access.
    public static func producer(matching text: String, in db: Database) throws -> Producer {
        let key = text.trimmingCharacters(in: .whitespaces)
        if let producer = try Producer.fetchOne(db, sql: """
            SELECT * FROM producer WHERE code = ?1 COLLATE NOCASE OR alpha3 = ?1 COLLATE NOCASE OR name = ?1 COLLATE NOCASE
            UNION ALL SELECT p.* FROM producer p JOIN producer_alias a ON a.producerId = p.id WHERE a.alias = ?1
            LIMIT 1
            """, arguments: [key]) {
            return producer
        }
        let names = try String.fetchAll(db, sql: "SELECT name FROM producer UNION SELECT code FROM producer UNION SELECT alias FROM producer_alias")
        let suggestions = NameSuggester.closest(to: key, among: names)
        let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?)"
        throw OilStatError(message: "unknown producer \"\(key)\"\(hint)")
    }

    /// The producers with the given ids, by id.
    public func producers(ids: some Collection<Int>) throws -> [Int: Producer] {
        try queue.read { db in
            let all = try Producer.fetchAll(db, keys: Array(ids))
            return Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
        }
    }

    /// The id of the producer with `code`, creating a producer (named after the code) if there is none.
    ///
    /// ISO alpha-2 codes get their fixed id (``FigureKey/alpha2ProducerID(_:)``); other codes the next id from 1024.
    public static func producerID(forCode code: String, name: String? = nil, kind: String = "country", in db: Database) throws -> Int {
        if let id = try Int.fetchOne(db, sql: "SELECT id FROM producer WHERE code = ?", arguments: [code]) { return id }
        let id: Int
        if let alpha2 = FigureKey.alpha2ProducerID(code), kind == "country" {
            id = alpha2
        } else {
            id = max(FigureKey.firstOtherProducerID, (try Int.fetchOne(db, sql: "SELECT MAX(id) + 1 FROM producer") ?? 0))
        }
        guard id < 4096 else { throw OilStatError(message: "too many producers (the limit is 4,095)") }
        try Producer(id: id, code: code, name: name ?? code, kind: kind).insert(db)
        return id
    }

    // MARK: - Dimensions

    /// The id of the source named `name` (case-insensitive), creating it when `create` is true.
    public static func sourceID(named name: String, description: String = "", create: Bool = true, in db: Database) throws -> Int? {
        if let id = try Int.fetchOne(db, sql: "SELECT id FROM source WHERE name = ?", arguments: [name]) { return id }
        guard create else { return nil }
        let id = (try Int.fetchOne(db, sql: "SELECT MAX(id) + 1 FROM source")) ?? 1
        guard id <= 1023 else { throw OilStatError(message: "too many sources (the limit is 1,023)") }
        try Source(id: id, name: name, description: description).insert(db)
        return id
    }

    /// The id of a product, flow or unit code in its dimension table, adding the code when it is new.
    ///
    /// - Parameters:
    ///   - table: `product`, `flow` or `unit`.
    ///   - code: the code, e.g. `CRUDEOIL`.
    ///   - db: the open database.
    public static func dimensionID(_ table: DimensionTable, code: String, in db: Database) throws -> Int {
        if let id = try Int.fetchOne(db, sql: "SELECT id FROM \(table.rawValue) WHERE code = ?", arguments: [code]) { return id }
        let id = (try Int.fetchOne(db, sql: "SELECT MAX(id) + 1 FROM \(table.rawValue)")) ?? 1
        guard id <= 255 else { throw OilStatError(message: "too many \(table.rawValue) codes (the limit is 255)") }
        if table == .unit {
            try db.execute(sql: "INSERT INTO unit (id, code) VALUES (?, ?)", arguments: [id, code])
        } else {
            try db.execute(sql: "INSERT INTO \(table.rawValue) (id, code, name) VALUES (?, ?, ?)", arguments: [id, code, code])
        }
        return id
    }

    /// The dimension tables of a figure key.
    public enum DimensionTable: String, Sendable {
        case product, flow, unit
    }

    /// Every source, by id.
    public func sources() throws -> [Source] {
        try queue.read { db in try Source.order(Column("id")).fetchAll(db) }
    }

    /// The source named `name`, case-insensitively; the error lists the known sources.
    public func source(named name: String) throws -> Source {
        try queue.read { db in
            if let source = try Source.filter(sql: "name = ?", arguments: [name]).fetchOne(db) { return source }
            let names = try String.fetchAll(db, sql: "SELECT name FROM source ORDER BY id")
            let suggestions = NameSuggester.closest(to: name, among: names)
            let hint = suggestions.isEmpty ? "known sources: \(names.joined(separator: ", "))" : "did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?"
            throw OilStatError(message: "unknown source \"\(name)\" (\(hint))")
        }
    }

    // MARK: - Imports

    /// The earlier import of a file with this SHA-256 and format whose figures are still stored, if any.
    public static func existingImport(sha256: String, format: String, in db: Database) throws -> ImportRecord? {
        try ImportRecord.fetchOne(db, sql: """
            SELECT * FROM import WHERE sha256 = ? AND format = ?
              AND (rowsStored = 0 OR EXISTS (SELECT 1 FROM production_figure WHERE importId = import.id))
            ORDER BY id DESC LIMIT 1
            """, arguments: [sha256, format])
    }

    /// Every import, oldest first.
    public func imports() throws -> [ImportRecord] {
        try queue.read { db in try ImportRecord.order(Column("id")).fetchAll(db) }
    }

    // MARK: - Figures

    /// The number of stored production figures.
    public func figureCount() throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM production_figure") ?? 0 }
    }

    /// Every figure of one series kind in one month, by producer id: one point lookup per known producer.
    public func values(month: Month, source: Int, product: Int = Product.crude.id, flow: Int = Flow.production.id,
                       unit: Int = UnitCode.kbd.id) throws -> [Int: Double] {
        try queue.read { db in
            try Self.values(month: month, source: source, product: product, flow: flow, unit: unit, in: db)
        }
    }

    /// ``values(month:source:product:flow:unit:)`` inside an open database access.
    public static func values(month: Month, source: Int, product: Int, flow: Int, unit: Int, in db: Database) throws -> [Int: Double] {
        let base = FigureKey(source: source, producer: 0, month: month, product: product, flow: flow, unit: unit).rawValue
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.id, f.value FROM producer p CROSS JOIN production_figure f ON f.id = (?1 | (p.id << 40))
            """, arguments: [base])
        var result: [Int: Double] = [:]
        for row in rows { result[row[0]] = row[1] }
        return result
    }

    /// How many countries have a figure of each product (for one flow and unit) in `month` from `source`.
    ///
    /// One range seek per producer over that producer-month's keys, so it stays fast on large imports.
    public func productCoverage(month: Month, source: Int, flow: Int = Flow.production.id, unit: Int = UnitCode.kbd.id) throws -> [Int: Int] {
        try queue.read { db in
            let base = FigureKey(source: source, producer: 0, month: month, product: 0, flow: 0, unit: 0).rawValue
            let rows = try Row.fetchAll(db, sql: """
                SELECT (f.id >> 16) & 255, COUNT(*) FROM producer p
                CROSS JOIN production_figure f ON f.id BETWEEN (?1 | (p.id << 40)) AND (?1 | (p.id << 40) | 16777215)
                WHERE p.kind = 'country' AND ((f.id >> 8) & 255) = ?2 AND (f.id & 255) = ?3
                GROUP BY 1
                """, arguments: [base, flow, unit])
            var result: [Int: Int] = [:]
            for row in rows { result[row[0]] = row[1] }
            return result
        }
    }

    /// One producer's figures from `first` through `last`, by month.
    public func series(producer: Int, from first: Month, to last: Month, source: Int, product: Int = Product.crude.id,
                       flow: Int = Flow.production.id, unit: Int = UnitCode.kbd.id) throws -> [Month: Double] {
        try queue.read { db in
            let low = FigureKey(source: source, producer: producer, month: first, product: 0, flow: 0, unit: 0).rawValue
            let high = FigureKey(source: source, producer: producer, month: last, product: 255, flow: 255, unit: 255).rawValue
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, value FROM production_figure WHERE id BETWEEN ? AND ?
                """, arguments: [low, high])
            var result: [Month: Double] = [:]
            for row in rows {
                let key = FigureKey(rawValue: row[0])
                if key.product == product && key.flow == flow && key.unit == unit { result[key.month] = row[1] }
            }
            return result
        }
    }

    /// The months that have figures of a series kind for any producer, ascending (a scan of the source's range).
    public func months(source: Int, product: Int = Product.crude.id, flow: Int = Flow.production.id, unit: Int = UnitCode.kbd.id) throws -> [Month] {
        try queue.read { db in
            let low = Int64(source) << 52, high = (Int64(source) + 1) << 52 - 1
            let indexes = try Int.fetchAll(db, sql: """
                SELECT DISTINCT (id >> 24) & 65535 FROM production_figure
                WHERE id BETWEEN ? AND ? AND ((id >> 16) & 255) = ? AND ((id >> 8) & 255) = ? AND (id & 255) = ?
                """, arguments: [low, high, product, flow, unit])
            return indexes.sorted().map(Month.init(index:))
        }
    }
}
