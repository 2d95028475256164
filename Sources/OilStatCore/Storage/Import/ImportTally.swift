/// What an import read, for its ledger row: the rows of the file, the missing and skipped ones, and its time.
///
/// The stored and withdrawn counts come from the import session itself.
package struct ImportTally: Sendable, Equatable {
    /// Rows (values) read.
    package var read: Int
    /// Rows the file marks missing.
    package var missing: Int
    /// Rows a filter rejected or the importer has no mapping for.
    package var skipped: Int
    /// Wall time of the import in seconds.
    package var seconds: Double

    package init(read: Int, missing: Int, skipped: Int, seconds: Double) {
        self.read = read
        self.missing = missing
        self.skipped = skipped
        self.seconds = seconds
    }
}
