import GRDB

/// The connection settings of a bulk load, and the values to restore afterwards.
///
/// During the load: `synchronous = OFF` (no fsync; the rollback journal still makes a failed load
/// roll back) and a larger page cache, so dirty pages are written once, at commit.
public struct BulkLoadSettings {
    let synchronous: Int
    let cacheSize: Int

    /// The default page cache of a load, in KiB.
    public static let defaultCacheKiB = 16_384

    /// Applies the load settings and returns the previous ones. Call outside a transaction.
    static func apply(in db: Database, cacheKiB: Int = defaultCacheKiB) throws -> BulkLoadSettings {
        let saved = BulkLoadSettings(synchronous: try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? 2,
                                     cacheSize: try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000)
        try db.execute(sql: "PRAGMA synchronous = OFF")
        try db.execute(sql: "PRAGMA cache_size = -\(cacheKiB)")
        return saved
    }

    /// Restores the settings saved by ``apply(in:)``.
    func restore(in db: Database) throws {
        try db.execute(sql: "PRAGMA synchronous = \(synchronous)")
        try db.execute(sql: "PRAGMA cache_size = \(cacheSize)")
    }
}
