import GRDB

/// A group of producers whose membership changes over time: OPEC, OPEC+, or a custom set.
///
/// `non-OPEC` is not stored: it is every country that is not an OPEC member in the month asked.
public struct ProducerGroup: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    /// The short id used on the command line, e.g. `opec`, `opec+`.
    public var id: String
    /// The name reports print, e.g. "OPEC".
    public var name: String
    /// `organisation`, `agreement` or `custom`.
    public var kind: String
    /// What the group is and where its membership comes from.
    public var description: String

    public static let databaseTableName = "producer_group"

    public init(id: String, name: String, kind: String, description: String) {
        self.id = id
        self.name = name
        self.kind = kind
        self.description = description
    }
}

/// A producer's membership of a group from one month through another (open-ended when `toMonth` is nil).
public struct GroupMembership: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public var groupId: String
    public var producerId: Int
    /// The first month of membership, `YYYY-MM`.
    public var fromMonth: String
    /// The last month of membership, inclusive, or nil while it lasts.
    public var toMonth: String?
    /// What ended or began the membership (e.g. "left OPEC 1 January 2019").
    public var note: String
    /// Where the dates come from.
    public var source: String

    public static let databaseTableName = "group_membership"

    public init(groupId: String, producerId: Int, fromMonth: String, toMonth: String?, note: String, source: String) {
        self.groupId = groupId
        self.producerId = producerId
        self.fromMonth = fromMonth
        self.toMonth = toMonth
        self.note = note
        self.source = source
    }

    /// Whether the membership covers `month`.
    public func covers(_ month: Month) -> Bool {
        let m = month.description
        return fromMonth <= m && (toMonth.map { m <= $0 } ?? true)
    }
}
