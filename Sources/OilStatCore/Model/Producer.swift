import GRDB

/// A country (or, with kind `aggregate`, a region or group total as a source publishes it).
///
/// The ``code`` is the ISO 3166 alpha-2 code for countries; alpha-3 codes and common names are
/// aliases, matched case-insensitively, so "Saudi Arabia", "SA", "SAU" and "KSA" are one producer.
public struct Producer: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    /// The stored id (see ``FigureKey/alpha2ProducerID(_:)``).
    public var id: Int
    /// ISO 3166 alpha-2 code, or a code such as `OPEC`, `WORL` for aggregates.
    public var code: String
    /// ISO 3166 alpha-3 code, when there is one.
    public var alpha3: String?
    /// The common English name.
    public var name: String
    /// `country` or `aggregate`; aggregates never enter a total.
    public var kind: String

    public static let databaseTableName = "producer"

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let code = Column(CodingKeys.code)
        public static let name = Column(CodingKeys.name)
        public static let kind = Column(CodingKeys.kind)
    }

    public init(id: Int, code: String, alpha3: String? = nil, name: String, kind: String = "country") {
        self.id = id
        self.code = code
        self.alpha3 = alpha3
        self.name = name
        self.kind = kind
    }

    /// Whether the producer is a country (not a regional or group total).
    public var isCountry: Bool { kind == "country" }
}

/// Another name or code by which a ``Producer`` is known.
public struct ProducerAlias: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    /// The alias as written; looked up case-insensitively.
    public var alias: String
    /// The producer it names.
    public var producerId: Int

    public static let databaseTableName = "producer_alias"

    public init(alias: String, producerId: Int) {
        self.alias = alias
        self.producerId = producerId
    }
}
