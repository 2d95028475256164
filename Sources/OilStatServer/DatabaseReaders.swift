import OilStatCore
import Synchronization

/// A few read-only connections to the database, used in turn, reads that see one state of the data, and a
/// cache of answers per connection that lasts as long as the data does.
///
/// Each connection serves one read at a time; several let requests run on both cores. A request's answer is
/// computed from several queries, so ``consistentRead(_:)`` checks the file's data version before and after
/// and computes again when an import committed in between: an answer comes from the old figures or the new,
/// never from a mix. ``cachedRead(key:_:)`` keeps each answer with the data version it was computed at (SQLite's
/// `data_version`, which is per connection, hence one cache per connection) and serves it while the version
/// holds: any commit by another process, an import, empties it.
public final class DatabaseReaders: Sendable {
    private final class Reader: Sendable {
        let database: OilStatDatabase
        let cache = Mutex<(version: Int, answers: [String: String], size: Int)>((-1, [:], 0))

        init(database: OilStatDatabase) { self.database = database }
    }

    private let readers: [Reader]
    private let next = Atomic<Int>(0)
    /// The database file.
    public let path: String

    /// How many times a read is tried when imports keep committing under it.
    public static let attempts = 8
    /// The most bytes of answers one connection's cache holds (it is emptied when full).
    public static let cacheBytes = 32 << 20

    /// Opens `count` read-only connections to the database at `path`.
    ///
    /// - Throws: ``OilStatCore/OilStatError`` (storage) when the file is missing, not a database or not migrated.
    public init(path: String, count: Int = 4) throws {
        self.path = path
        readers = try (0..<max(1, count)).map { _ in Reader(database: try OilStatDatabase.openForReading(path: path)) }
    }

    /// The next connection, in turn.
    private func reader() -> Reader {
        let index = next.add(1, ordering: .relaxed).oldValue
        return readers[((index % readers.count) + readers.count) % readers.count]
    }

    /// Runs `body` on one connection, again when the data changed under it.
    ///
    /// - Throws: what `body` throws, or a storage error when the data kept changing for every attempt.
    public func consistentRead<T>(_ body: (OilStatDatabase) throws -> T) throws -> T {
        try consistentRead(on: reader(), body).value
    }

    private func consistentRead<T>(on reader: Reader, _ body: (OilStatDatabase) throws -> T) throws -> (
        value: T, version: Int
    ) {
        let database = reader.database
        for _ in 0..<Self.attempts {
            let before = try database.dataVersion()
            let result: Result<T, any Error> = Result { try body(database) }
            // An answer, or an error, computed while an import committed may mix two states: compute it again.
            if try database.dataVersion() == before { return (try result.get(), before) }
        }
        throw OilStatError(
            storage: StorageError(
                file: path, action: "cannot read the database", reason: "it kept changing during the read; try again"))
    }

    /// The answer for `key` (the request's path, query and format), from the cache while the data has not
    /// changed since it was computed, else computed by `body` in a consistent read and kept.
    public func cachedRead(key: String, _ body: (OilStatDatabase) throws -> String) throws -> String {
        let reader = reader()
        let version = try reader.database.dataVersion()
        let cached = reader.cache.withLock { cache in cache.version == version ? cache.answers[key] : nil }
        if let cached { return cached }
        let (answer, computedAt) = try consistentRead(on: reader, body)
        reader.cache.withLock { cache in
            if cache.version != computedAt || cache.size + answer.utf8.count > Self.cacheBytes {
                cache = (computedAt, [:], 0)
            }
            cache.answers[key] = answer
            cache.size += answer.utf8.count + key.utf8.count
        }
        return answer
    }
}
