import GRDB

/// Whether a producer is a country or a total that a source publishes (a region, a group, the world).
public enum ProducerKind: String, Codable, Sendable, CaseIterable {
    /// A country: enters totals and shares.
    case country
    /// A regional or group total as a source publishes it: never enters a total.
    case aggregate
}

/// A producer as `oilstat producers` lists it: with its aliases and how many figures it has.
public struct ProducerSummary: Codable, Hashable, Sendable {
    public var producer: Producer
    /// Its other names and codes, alphabetically (case-insensitive).
    public var aliases: [String]
    /// How many figures it has, of every source, product, flow and unit.
    public var figures: Int
}

extension OilStatDatabase {
    /// The producer named by a code, alpha-3 code, name or alias, case-insensitively.
    ///
    /// - Throws: ``OilStatError`` naming the closest known names when nothing matches.
    public func producer(matching text: String) throws -> Producer {
        try read { db in try Self.producer(matching: text, in: db) }
    }

    /// ``producer(matching:)`` inside an open database access.
    package static func producer(matching text: String, in db: Database) throws -> Producer {
        let key = text.trimmingCharacters(in: .whitespaces)
        if let producer = try Producer.fetchOne(
            db,
            sql: """
                SELECT * FROM producer
                WHERE code = ?1 COLLATE NOCASE OR alpha3 = ?1 COLLATE NOCASE OR name = ?1 COLLATE NOCASE
                UNION ALL SELECT p.* FROM producer p JOIN producer_alias a ON a.producerId = p.id WHERE a.alias = ?1
                LIMIT 1
                """, arguments: [key])
        {
            return producer
        }
        let names = try String.fetchAll(
            db,
            sql: """
                SELECT name FROM producer UNION SELECT code FROM producer UNION SELECT alias FROM producer_alias
                """)
        throw OilStatError.unknown("producer", key, among: names)
    }

    /// The producers with the given ids, by id (ids with no producer are left out).
    public func producers(ids: some Collection<Int>) throws -> [Int: Producer] {
        try read { db in
            let all = try Producer.fetchAll(db, keys: Array(ids))
            return Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
        }
    }

    /// The ids of every producer of one kind.
    public func producerIDs(kind: ProducerKind) throws -> Set<Int> {
        try read { db in
            Set(try Int.fetchAll(db, sql: "SELECT id FROM producer WHERE kind = ?", arguments: [kind.rawValue]))
        }
    }

    /// The stored aggregate (a source's own total) with `code`, case-insensitively, if there is one.
    public func aggregate(code: String) throws -> Producer? {
        try read { db in
            try Producer.fetchOne(
                db, sql: "SELECT * FROM producer WHERE code = ? COLLATE NOCASE AND kind = ?",
                arguments: [code, ProducerKind.aggregate.rawValue])
        }
    }

    /// Every producer with its aliases and figure count: aggregates first, then countries, each by code.
    public func producerSummaries() throws -> [ProducerSummary] {
        try read { db in
            var aliases: [Int: [String]] = [:]
            for alias in try ProducerAlias.fetchAll(db, sql: "SELECT * FROM producer_alias ORDER BY alias") {
                aliases[alias.producerId, default: []].append(alias.alias)
            }
            let producer = FigureKey.Field.producer.sql()
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT p.*, COALESCE(c.figures, 0) AS figures FROM producer p
                    LEFT JOIN (SELECT \(producer) AS producerId, COUNT(*) AS figures FROM production_figure GROUP BY \
                    1) c
                      ON c.producerId = p.id
                    ORDER BY p.kind DESC, p.code
                    """
            ).map { row in
                let producer = try Producer(row: row)
                return ProducerSummary(producer: producer, aliases: aliases[producer.id] ?? [], figures: row["figures"])
            }
        }
    }
}
