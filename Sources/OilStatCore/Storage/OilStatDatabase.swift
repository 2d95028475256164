import Foundation
import GRDB

/// The OilStat SQLite database, and the only door to it: opens (or creates) the file, migrates it, and answers
/// domain questions (producers, groups, agreements, figures, coverage) with plain Swift values.
///
/// The queries live in extensions named after their concern (`OilStatDatabase+Figures.swift`, `+Producers`,
/// `+Groups`, `+Agreements`, `+Annual`, `+Catalog`); no SQL is written outside this module.
///
/// For example:
/// ```swift
/// let database = try OilStatDatabase(path: OilStatDatabase.defaultPath())
/// try BundledData.standard.loadIfNeeded(into: database)
/// let saudi = try database.producer(matching: "KSA")
/// let october = try database.values(month: Month("2018-10")!, source: try database.source(named: "news report").id)
/// ```
public final class OilStatDatabase: Sendable {
    /// The GRDB connection, for the store and the importers of this package only.
    /// Write through `write(_:pageCacheKiB:_:)`.
    package let queue: DatabaseQueue
    /// The file path, or `:memory:`.
    public let path: String
    /// The day the figure queries answer as of (what was published by then); nil for the latest figures.
    public let asOf: PublicationDate?

    /// The environment variable that overrides the default database path.
    public static let pathVariable = "OILSTAT_DATABASE"

    /// The database path used when none is given: `$OILSTAT_DATABASE`, else
    /// `$XDG_DATA_HOME/oilstat/oilstat.sqlite`, else `~/.local/share/oilstat/oilstat.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment[pathVariable], !path.isEmpty { return path }
        let base =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
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
    public init(
        path: String, lockTimeout: Double = defaultLockTimeout,
        onWait: @escaping @Sendable () -> Void = {}
    ) throws {
        guard !path.isEmpty else { throw OilStatError(message: "the database path is empty") }
        self.path = path
        asOf = nil
        let lockWait = LockWait(timeout: lockTimeout, notice: onWait)
        self.lockWait = lockWait
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .callback { tries in lockWait.shouldRetry(tries: tries) }
        configuration.prepareDatabase { db in try WriteAheadLog.configureConnection(db) }
        queue = try DatabaseOpener.open(path: path, configuration: configuration, lockTimeout: lockTimeout)
    }

    /// A database over an opened connection (``openForReading(path:)``).
    init(path: String, lockWait: LockWait, queue: DatabaseQueue) {
        self.path = path
        self.lockWait = lockWait
        self.queue = queue
        asOf = nil
    }

    private init(sharing database: OilStatDatabase, asOf: PublicationDate?) {
        queue = database.queue
        path = database.path
        lockWait = database.lockWait
        self.asOf = asOf
    }

    /// The same database, with its figure queries (``figures(_:)``, ``values(month:source:product:flow:unit:)``,
    /// ``series(producer:from:to:source:product:flow:unit:)``, ``months(source:product:flow:unit:)``, coverage)
    /// answering as of `day`: each figure's value as published by then (a figure first published later is not
    /// there). Nil answers with the latest figures.
    public func asOf(_ day: PublicationDate?) -> OilStatDatabase {
        OilStatDatabase(sharing: self, asOf: day)
    }

    /// An empty, migrated in-memory database (for tests and one-off computations).
    public static func inMemory() throws -> OilStatDatabase { try OilStatDatabase(path: ":memory:") }

    /// Runs `body` in a read transaction: the queries of the store's extensions go through here.
    func read<T>(_ body: (Database) throws -> T) throws -> T { try queue.read(body) }

    // MARK: - Dimensions (for writers)

    /// The id of the producer with `code`, creating a producer (named after the code) if there is none.
    ///
    /// ISO alpha-2 codes get their fixed id (``FigureKey/alpha2ProducerID(_:)``); other codes the next id from 1024.
    package static func producerID(
        forCode code: String, name: String? = nil, kind: String = "country",
        in db: Database
    ) throws -> Int {
        if let id = try Int.fetchOne(db, sql: "SELECT id FROM producer WHERE code = ?", arguments: [code]) { return id }
        let id: Int
        if let alpha2 = FigureKey.alpha2ProducerID(code), kind == "country" {
            id = alpha2
        } else {
            let next = try Int.fetchOne(db, sql: "SELECT MAX(id) + 1 FROM producer") ?? 0
            id = max(FigureKey.firstOtherProducerID, next)
        }
        guard FigureKey.Field.producer.fits(id) else {
            throw OilStatError.unsupported("too many producers (the limit is 4,095)")
        }
        try Producer(id: id, code: code, name: name ?? code, kind: kind).insert(db)
        return id
    }

    /// The id of the source named `name` (case-insensitive), creating it when `create` is true.
    package static func sourceID(
        named name: String, description: String = "", create: Bool = true,
        in db: Database
    ) throws -> Int? {
        if let id = try Int.fetchOne(db, sql: "SELECT id FROM source WHERE name = ?", arguments: [name]) { return id }
        guard create else { return nil }
        let id = (try Int.fetchOne(db, sql: "SELECT MAX(id) + 1 FROM source")) ?? 1
        guard FigureKey.Field.source.fits(id) else {
            throw OilStatError.unsupported("too many sources (the limit is 1,023)")
        }
        try Source(id: id, name: name, description: description).insert(db)
        return id
    }

    /// The id of a product, flow or unit code in its dimension table, adding the code when it is new.
    ///
    /// - Parameters:
    ///   - table: `product`, `flow` or `unit`.
    ///   - code: the code, e.g. `CRUDEOIL`.
    ///   - db: the open database.
    package static func dimensionID(_ table: DimensionTable, code: String, in db: Database) throws -> Int {
        if let id = try Int.fetchOne(db, sql: "SELECT id FROM \(table.rawValue) WHERE code = ?", arguments: [code]) {
            return id
        }
        let id = (try Int.fetchOne(db, sql: "SELECT MAX(id) + 1 FROM \(table.rawValue)")) ?? 1
        guard table.keyField.fits(id) else {
            throw OilStatError.unsupported("too many \(table.rawValue) codes (the limit is 255)")
        }
        if table == .unit {
            try db.execute(sql: "INSERT INTO unit (id, code) VALUES (?, ?)", arguments: [id, code])
        } else {
            try db.execute(
                sql: "INSERT INTO \(table.rawValue) (id, code, name) VALUES (?, ?, ?)",
                arguments: [id, code, code])
        }
        return id
    }

    /// The dimension tables of a figure key.
    public enum DimensionTable: String, Sendable {
        case product, flow, unit

        /// The field of the figure key that holds an id of this table.
        var keyField: FigureKey.Field {
            switch self {
            case .product: return .product
            case .flow: return .flow
            case .unit: return .unit
            }
        }
    }

    // MARK: - Imports

    /// The earlier import of a file with this SHA-256 and format whose figures are still stored, if any.
    package static func existingImport(sha256: String, format: String, in db: Database) throws -> ImportRecord? {
        try ImportRecord.fetchOne(
            db,
            sql: """
                SELECT * FROM import WHERE sha256 = ? AND format = ?
                  AND (rowsStored = 0 OR EXISTS (SELECT 1 FROM production_figure WHERE importId = import.id)
                       OR EXISTS (SELECT 1 FROM figure_revision WHERE importId = import.id)
                       OR rowsUnchanged > 0)
                ORDER BY id DESC LIMIT 1
                """, arguments: [sha256, format])
    }
}
