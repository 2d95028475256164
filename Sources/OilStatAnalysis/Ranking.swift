import OilStatCore

/// Producers ranked by production in a month, with each one's rank in a compared month and the change.
///
/// A rank change is positive when a producer moved up (rank 3 to rank 1 is +2). A producer with no figure in
/// the compared month has no previous rank (it is shown as new); one that had a figure then but not now is
/// listed in ``droppedOut``.
public struct Ranking: Sendable {
    /// One producer's line.
    public struct Entry: Sendable, Equatable {
        public var rank: Int
        public var producer: Producer
        /// Production, kb/d.
        public var kbd: Double
        /// Percent of the total of the scope's producers with a figure (nil when that total is zero).
        public var sharePercent: Double?
        public var previousRank: Int?
        public var previousKBD: Double?
        /// Places gained (positive) or lost (negative) since the compared month.
        public var rankChange: Int? { previousRank.map { $0 - rank } }
    }

    public var month: Month
    public var comparedMonth: Month?
    public var scope: ProducerScope
    public var selection: SeriesSelection
    public var entries: [Entry]
    /// Producers ranked in the compared month that have no figure in the month, with their previous rank.
    public var droppedOut: [(producer: Producer, rank: Int)]

    /// Ranks `scope` in `month`, against `comparedMonth` when given.
    public static func compute(
        month: Month, comparedTo comparedMonth: Month? = nil, scope: ProducerScope, selection: SeriesSelection,
        database: OilStatDatabase
    ) throws -> Ranking {
        let now = try MarketShare.compute(
            month: month, scope: scope, selection: selection, base: .listed, database: database)
        let before = try comparedMonth.map {
            try MarketShare.compute(month: $0, scope: scope, selection: selection, base: .listed, database: database)
        }
        let previous = Dictionary(uniqueKeysWithValues: (before?.entries ?? []).map { ($0.producer.id, $0) })
        let entries = now.entries.map {
            Entry(
                rank: $0.rank, producer: $0.producer, kbd: $0.kbd, sharePercent: $0.sharePercent,
                previousRank: previous[$0.producer.id]?.rank, previousKBD: previous[$0.producer.id]?.kbd)
        }
        let current = Set(now.entries.map(\.producer.id))
        let dropped = (before?.entries ?? []).filter { !current.contains($0.producer.id) }.map {
            (producer: $0.producer, rank: $0.rank)
        }
        return Ranking(
            month: month, comparedMonth: comparedMonth, scope: scope, selection: selection, entries: entries,
            droppedOut: dropped)
    }
}
