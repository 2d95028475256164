/// The connection settings of a bulk load.
///
/// A load runs in one transaction through `OilStatDatabase.write(_:pageCacheKiB:_:)`, with a
/// larger page cache so that dirty pages are written once. Durability is not traded for speed: the commit
/// is fsynced (WAL with `synchronous = FULL`, one fsync of the log for the whole load) and the log is
/// checkpointed afterwards, so a reported import survives a power cut, and a cut during it leaves the
/// previous state.
package enum BulkLoadSettings {
    /// SQLite's page cache during a load, in KiB.
    package static let pageCacheKiB = 16_384
}
