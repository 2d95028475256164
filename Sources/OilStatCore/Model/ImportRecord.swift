import GRDB

/// One load of a file into the database: what was read, what was stored, and when.
///
/// A file whose SHA-256 was already loaded for the same source is not loaded again.
public struct ImportRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    /// The file's name as given.
    public var fileName: String
    /// Lower-case hex SHA-256 of the file's bytes.
    public var sha256: String
    /// `long-csv`, `jodi`, `eia-api`, `eia-bulk`, `ei`, `bundled`...
    public var format: String
    /// The vintage the figures belong to: the publication day `YYYY-MM-DD` (``PublicationDate``), or empty when
    /// undated.
    public var vintage: String
    /// When the import ran, ISO 8601.
    public var importedAt: String
    /// Wall time of the import in seconds.
    public var seconds: Double
    public var rowsRead: Int
    public var rowsStored: Int
    public var rowsMissing: Int
    public var rowsSkipped: Int
    /// Figures of earlier imports of the same source and format that this file withdrew: inside its months,
    /// but marked missing or left out.
    public var rowsWithdrawn: Int
    /// ``vintage`` as a packed ``PublicationDate`` (0 when undated), the vintage of the figures it stored.
    public var vintageDay: Int = 0
    /// Figures with no value before this import.
    public var rowsNew: Int = 0
    /// Figures whose value changed in this (later) vintage; the earlier value is kept as a revision.
    public var rowsRevised: Int = 0
    /// Figures of the same vintage whose value this import corrected in place.
    public var rowsReplaced: Int = 0
    /// Figures given again with the value already stored.
    public var rowsUnchanged: Int = 0

    public static let databaseTableName = "import"

    public init(
        id: Int64? = nil, fileName: String, sha256: String, format: String, vintage: String, importedAt: String,
        seconds: Double, rowsRead: Int, rowsStored: Int, rowsMissing: Int, rowsSkipped: Int,
        rowsWithdrawn: Int = 0
    ) {
        self.id = id
        self.fileName = fileName
        self.sha256 = sha256
        self.format = format
        self.vintage = vintage
        self.importedAt = importedAt
        self.seconds = seconds
        self.rowsRead = rowsRead
        self.rowsStored = rowsStored
        self.rowsMissing = rowsMissing
        self.rowsSkipped = rowsSkipped
        self.rowsWithdrawn = rowsWithdrawn
    }

    /// What the import did against the state before it.
    public var counts: VintageCounts {
        get {
            VintageCounts(
                new: rowsNew, revised: rowsRevised, replaced: rowsReplaced, unchanged: rowsUnchanged,
                withdrawn: rowsWithdrawn)
        }
        set {
            rowsNew = newValue.new
            rowsRevised = newValue.revised
            rowsReplaced = newValue.replaced
            rowsUnchanged = newValue.unchanged
            rowsWithdrawn = newValue.withdrawn
        }
    }

    /// The vintage as a day, or nil when undated or not a date.
    public var publicationDate: PublicationDate? { try? PublicationDate(parsing: vintage) }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
