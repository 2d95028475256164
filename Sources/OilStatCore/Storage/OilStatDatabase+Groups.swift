import GRDB

/// One dated membership as `oilstat groups` lists it: the group, the producer and the months.
public struct GroupMemberListing: Codable, Hashable, Sendable {
    /// The group's id, e.g. `opec`.
    public var group: String
    public var producerCode: String
    public var producerName: String
    /// The first month of membership, `YYYY-MM`.
    public var fromMonth: String
    /// The last month of membership, inclusive, or nil while it lasts.
    public var toMonth: String?
    /// What ended or began the membership.
    public var note: String
}

extension OilStatDatabase {
    /// Every stored group, in the order they were loaded.
    public func groups() throws -> [ProducerGroup] {
        try read { db in try ProducerGroup.fetchAll(db) }
    }

    /// The group with id `id` (case-insensitive), if there is one.
    public func group(id: String) throws -> ProducerGroup? {
        try read { db in try ProducerGroup.fetchOne(db, key: id) }
    }

    /// Every dated membership of the group `group` (its id as stored).
    public func memberships(group: String) throws -> [GroupMembership] {
        try read { db in
            try GroupMembership.fetchAll(
                db, sql: "SELECT * FROM group_membership WHERE groupId = ?",
                arguments: [group])
        }
    }

    /// The ids of the producers that are members of the group `group` (its id as stored) in `month`.
    public func memberIDs(group: String, in month: Month) throws -> Set<Int> {
        try read { db in
            Set(
                try Int.fetchAll(
                    db,
                    sql: """
                        SELECT producerId FROM group_membership
                        WHERE groupId = ? AND fromMonth <= ?2 AND (toMonth IS NULL OR toMonth >= ?2)
                        """, arguments: [group, month.description]))
        }
    }

    /// Every membership of every group, or only those covering `month`: by group, producer name and first month.
    public func memberListings(in month: Month? = nil) throws -> [GroupMemberListing] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT g.id, p.code, p.name, m.fromMonth, m.toMonth, m.note
                    FROM producer_group g JOIN group_membership m ON m.groupId = g.id JOIN producer p ON p.id = \
                    m.producerId
                    WHERE ?1 IS NULL OR (m.fromMonth <= ?1 AND (m.toMonth IS NULL OR m.toMonth >= ?1))
                    ORDER BY g.id, p.name, m.fromMonth
                    """, arguments: [month?.description]
            ).map { row in
                GroupMemberListing(
                    group: row[0], producerCode: row[1], producerName: row[2], fromMonth: row[3],
                    toMonth: row[4], note: row[5])
            }
        }
    }
}
