import GRDB

/// Who published a figure: "OPEC MOMR secondary sources", "EIA", "JODI", "news report"...
///
/// Several sources for the same producer and month live side by side; every query names one.
public struct Source: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    /// The stored integer code (1...1023).
    public var id: Int
    /// The name used on the command line (`--source`), matched case-insensitively.
    public var name: String
    /// What the source measures and how (definition, product, revisions).
    public var description: String

    public static let databaseTableName = "source"

    public init(id: Int, name: String, description: String) {
        self.id = id
        self.name = name
        self.description = description
    }
}
