import OilStatCore
import Synchronization

/// A few read-only connections to the database, used in turn, and reads that see one state of the data.
///
/// Each connection serves one read at a time; several let requests run on both cores. A request's answer is
/// computed from several queries, so ``consistentRead(_:)`` checks the file's data version before and after
/// and computes again when an import committed in between: an answer comes from the old figures or the new,
/// never from a mix.
public final class DatabaseReaders: Sendable {
    private let connections: [OilStatDatabase]
    private let next = Atomic<Int>(0)
    /// The database file.
    public let path: String

    /// How many times a read is tried when imports keep committing under it.
    public static let attempts = 8

    /// Opens `count` read-only connections to the database at `path`.
    ///
    /// - Throws: ``OilStatCore/OilStatError`` (storage) when the file is missing, not a database or not migrated.
    public init(path: String, count: Int = 4) throws {
        self.path = path
        connections = try (0..<max(1, count)).map { _ in try OilStatDatabase.openForReading(path: path) }
    }

    /// Readers over connections already open (for tests over in-memory databases).
    public init(databases: [OilStatDatabase]) {
        path = databases.first?.path ?? ":memory:"
        connections = databases
    }

    /// The next connection, in turn.
    private func connection() -> OilStatDatabase {
        let index = next.add(1, ordering: .relaxed).oldValue
        return connections[((index % connections.count) + connections.count) % connections.count]
    }

    /// Runs `body` on one connection, again when the data changed under it.
    ///
    /// - Throws: what `body` throws, or a storage error when the data kept changing for every attempt.
    public func consistentRead<T>(_ body: (OilStatDatabase) throws -> T) throws -> T {
        let database = connection()
        for _ in 0..<Self.attempts {
            let before = try database.dataVersion()
            let result: Result<T, any Error> = Result { try body(database) }
            // An answer, or an error, computed while an import committed may mix two states: compute it again.
            if try database.dataVersion() == before { return try result.get() }
        }
        throw OilStatError(
            storage: StorageError(
                file: path, action: "cannot read the database", reason: "it kept changing during the read; try again"))
    }
}
