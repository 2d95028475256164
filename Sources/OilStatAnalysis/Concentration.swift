import OilStatCore

/// How concentrated production is in a month: the shares of the 3, 5 and 10 largest producers, the
/// Herfindahl-Hirschman index, and the shares of named sets, optionally beside a compared month.
///
/// The HHI is the sum of the squared percentage shares of every producer with a figure: 10,000 for a single
/// producer, 10,000 / n for n equal ones. For the seed article's October 2018 figures (Saudi Arabia 10,700,
/// Russia 11,400, United States 11,400 kb/d) it is 3,336.
public struct Concentration: Sendable {
    /// A named set's combined production and share.
    public struct NamedSet: Sendable, Equatable {
        /// The set's name, e.g. `big3` or `SA+RU+US`.
        public var name: String
        /// Members of the set (as of the month) that are in the scope and have a figure.
        public var withFigures: [Producer]
        /// Members of the set in the scope without a figure (not counted as zero).
        public var withoutFigures: [Producer]
        /// Members of the set outside the report's scope.
        public var outsideScope: [Producer]
        /// Combined production, kb/d.
        public var kbd: Double
        /// Percent of the scope's total.
        public var sharePercent: Double?
    }

    /// The measures for one month.
    public struct Snapshot: Sendable, Equatable {
        public var month: Month
        /// Producers with a figure.
        public var producerCount: Int
        /// The scope's total, kb/d.
        public var totalKBD: Double
        /// Shares of the largest producers, percent, by N (3, 5, 10).
        public var topShares: [Int: Double]
        /// Sum of squared percentage shares, 0–10,000.
        public var hhi: Double
        public var sets: [NamedSet]
        /// Members of the scope without a figure (groups and lists only; never counted as zero).
        public var withoutFigures: [Producer]
    }

    /// The top-N sizes reported.
    public static let topSizes = [3, 5, 10]

    public var scope: ProducerScope
    public var selection: SeriesSelection
    public var current: Snapshot
    public var compared: Snapshot?

    /// The Herfindahl-Hirschman index of percentage shares: their sum of squares.
    public static func hhi(sharesPercent: [Double]) -> Double {
        sharesPercent.reduce(0) { $0 + $1 * $1 }
    }

    /// Measures concentration of `scope` in `month` (and `comparedMonth`), with the shares of `sets`.
    ///
    /// - Parameters:
    ///   - month: the month measured.
    ///   - comparedMonth: a second month to measure, for the change.
    ///   - scope: the producers whose total the shares are of.
    ///   - sets: each a group (members as of the month) or a list of producers.
    ///   - selection: the source and product read.
    ///   - database: the database read.
    public static func compute(
        month: Month, comparedTo comparedMonth: Month? = nil, scope: ProducerScope, sets: [ProducerScope],
        selection: SeriesSelection, database: OilStatDatabase
    ) throws -> Concentration {
        func snapshot(_ month: Month) throws -> Snapshot {
            let share = try MarketShare.compute(
                month: month, scope: scope, selection: selection, base: .listed, database: database)
            var tops: [Int: Double] = [:]
            for size in topSizes { tops[size] = share.topShare(size) }
            let byID = Dictionary(uniqueKeysWithValues: share.entries.map { ($0.producer.id, $0) })
            let inScope = try scope.members(in: month, database: database)
            var namedSets: [NamedSet] = []
            for set in sets {
                let ids = try set.members(in: month, database: database) ?? Set(byID.keys)
                let producers = try database.producers(ids: ids).values.sorted { $0.code < $1.code }
                let outside = producers.filter { producer in inScope.map { !$0.contains(producer.id) } ?? false }
                let inside = producers.filter { producer in inScope?.contains(producer.id) ?? true }
                let with = inside.filter { byID[$0.id] != nil }
                let kbd = with.reduce(0) { $0 + byID[$1.id]!.kbd }
                namedSets.append(
                    NamedSet(
                        name: setName(set), withFigures: with, withoutFigures: inside.filter { byID[$0.id] == nil },
                        outsideScope: outside, kbd: kbd, sharePercent: MarketShare.percent(kbd, of: share.total)))
            }
            return Snapshot(
                month: month, producerCount: share.entries.count, totalKBD: share.total, topShares: tops,
                hhi: hhi(sharesPercent: share.entries.compactMap(\.sharePercent)), sets: namedSets,
                withoutFigures: share.missing)
        }
        return Concentration(
            scope: scope, selection: selection, current: try snapshot(month), compared: try comparedMonth.map(snapshot))
    }

    /// A set's short name: the group id (`big3`) or the codes joined by `+` (`SA+RU+US`).
    public static func setName(_ set: ProducerScope) -> String {
        switch set {
        case .group(let group): return group.id
        case .producers(let list): return list.map(\.code).joined(separator: "+")
        case .world: return "world"
        case .nonOPEC: return "non-opec"
        }
    }
}
