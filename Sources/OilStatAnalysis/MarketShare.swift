import OilStatCore

/// Each producer's production and share in one month, within a scope and of the source's total.
///
/// For example, with the seed article's October 2018 figures (source "news report"), Saudi Arabia's
/// 10,700 kb/d is 31.94% of the 33,500 kb/d the three producers total.
public struct MarketShare: Sendable {
    /// One producer's line.
    public struct Entry: Sendable, Equatable {
        public var rank: Int
        public var producer: Producer
        /// Production, kb/d.
        public var kbd: Double
        /// Percent of the scope's total.
        public var sharePercent: Double
        /// Percent of the total of every country of the source.
        public var worldSharePercent: Double
    }

    public var month: Month
    public var scope: ProducerScope
    public var selection: SeriesSelection
    /// Every producer of the scope with a figure, largest first.
    public var entries: [Entry]
    /// Members of the scope without a figure this month (named, never counted as zero).
    public var missing: [Producer]
    /// The scope's total, kb/d, and how many producers it covers.
    public var total: Double
    /// The source's total over every country, kb/d, and how many countries it covers.
    public var worldTotal: Double
    public var worldCount: Int

    /// The scope's share of the source's total, percent.
    public var scopeSharePercent: Double { worldTotal > 0 ? total / worldTotal * 100 : 0 }

    /// The combined share of the `n` largest producers of the scope, percent.
    public func topShare(_ n: Int) -> Double { entries.prefix(n).reduce(0) { $0 + $1.sharePercent } }

    /// Computes shares for `month`.
    public static func compute(
        month: Month, scope: ProducerScope, selection: SeriesSelection, database: OilStatDatabase
    ) throws -> MarketShare {
        let values = try database.values(
            month: month, source: selection.source.id, product: selection.product.id,
            flow: selection.flow, unit: selection.unit)
        let producers = try database.producers(ids: values.keys)
        let countries = values.filter { producers[$0.key]?.isCountry == true }
        let worldTotal = countries.values.reduce(0, +)
        let members = try scope.members(in: month, database: database)
        let inScope = countries.filter { members?.contains($0.key) ?? true }
        let total = inScope.values.reduce(0, +)
        let sorted = inScope.sorted { ($0.value, producers[$1.key]!.code) > ($1.value, producers[$0.key]!.code) }
        var entries: [Entry] = []
        for (index, item) in sorted.enumerated() {
            entries.append(
                Entry(
                    rank: index + 1, producer: producers[item.key]!, kbd: item.value,
                    sharePercent: total > 0 ? item.value / total * 100 : 0,
                    worldSharePercent: worldTotal > 0 ? item.value / worldTotal * 100 : 0))
        }
        var missing: [Producer] = []
        if let members {
            let absent = members.subtracting(inScope.keys)
            let named = try database.producers(ids: absent)
            if case .world = scope {
            } else if case .nonOPEC = scope {
            } else {
                missing = named.values.sorted { $0.code < $1.code }
            }
        }
        return MarketShare(
            month: month, scope: scope, selection: selection, entries: entries, missing: missing,
            total: total, worldTotal: worldTotal, worldCount: countries.count)
    }
}
