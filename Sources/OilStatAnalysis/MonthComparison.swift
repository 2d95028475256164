import OilStatCore

/// Production and shares of each producer in two months, with the change between them.
///
/// A producer with no figure in one of the months shows as missing there, and its change is
/// missing too: it is never compared against zero. Shares are like for like: with the ``ShareBase/listed`` base
/// they are of the producers with figures in both months (so one producer missing in one month does not move
/// every share); with a published base (``ShareBase/world(source:)``, ``ShareBase/sourceTotal``), of that base
/// in each month.
public struct MonthComparison: Sendable {
    /// One producer's line.
    public struct Entry: Sendable, Equatable {
        public var producer: Producer
        public var before: Double?
        public var after: Double?
        public var shareBefore: Double?
        public var shareAfter: Double?
        /// kb/d change, when both months have a figure.
        public var change: Double? { before.flatMap { b in after.map { $0 - b } } }
        /// Percent change, when both months have a figure and the first is not zero.
        public var changePercent: Double? {
            guard let before, let after, before != 0 else { return nil }
            return (after - before) / before * 100
        }
        /// Change in share, percentage points.
        public var sharePointChange: Double? { shareBefore.flatMap { b in shareAfter.map { $0 - b } } }
    }

    public var first: Month
    public var second: Month
    public var scope: ProducerScope
    public var selection: SeriesSelection
    public var entries: [Entry]
    /// The scope's totals over the producers with figures in each month.
    public var totalBefore: Double
    public var totalAfter: Double
    /// Totals over the producers with figures in both months (a like-for-like change).
    public var matchedBefore: Double
    public var matchedAfter: Double
    public var matchedCount: Int
    /// The base of the share columns.
    public var base: ShareBase
    /// The base of the share columns in words, e.g. "the 11 producers with figures in both months".
    public var baseDescription: String
    /// The base in each month, kb/d (nil when it has no figure).
    public var baseBefore: Double?
    public var baseAfter: Double?

    /// Compares `first` with `second` (usually the later month).
    public static func compute(
        _ first: Month, _ second: Month, scope: ProducerScope, selection: SeriesSelection, base: ShareBase,
        database: OilStatDatabase
    ) throws -> MonthComparison {
        let a = try MarketShare.compute(
            month: first, scope: scope, selection: selection, base: base, database: database)
        let b = try MarketShare.compute(
            month: second, scope: scope, selection: selection, base: base, database: database)
        var byProducer: [Int: Entry] = [:]
        for entry in a.entries {
            byProducer[entry.producer.id] = Entry(
                producer: entry.producer, before: entry.kbd, after: nil, shareBefore: entry.sharePercent,
                shareAfter: nil)
        }
        for entry in b.entries {
            var line =
                byProducer[entry.producer.id]
                ?? Entry(producer: entry.producer, before: nil, after: nil, shareBefore: nil, shareAfter: nil)
            line.after = entry.kbd
            line.shareAfter = entry.sharePercent
            byProducer[entry.producer.id] = line
        }
        var entries = byProducer.values.sorted {
            (($0.after ?? $0.before ?? 0), $1.producer.code) > (($1.after ?? $1.before ?? 0), $0.producer.code)
        }
        let matched = entries.filter { $0.before != nil && $0.after != nil }
        let matchedBefore = matched.reduce(0) { $0 + ($1.before ?? 0) }
        let matchedAfter = matched.reduce(0) { $0 + ($1.after ?? 0) }
        let baseBefore = base == .listed ? (matched.isEmpty ? nil : matchedBefore) : a.baseKBD
        let baseAfter = base == .listed ? (matched.isEmpty ? nil : matchedAfter) : b.baseKBD
        for index in entries.indices {
            let like = base != .listed || (entries[index].before != nil && entries[index].after != nil)
            entries[index].shareBefore =
                like ? entries[index].before.flatMap { MarketShare.percent($0, of: baseBefore) } : nil
            entries[index].shareAfter =
                like ? entries[index].after.flatMap { MarketShare.percent($0, of: baseAfter) } : nil
        }
        let words =
            base == .listed
            ? "\(scope.listedWords(count: matched.count)) with figures in both months (like for like)"
            : a.baseDescription == b.baseDescription
                ? a.baseDescription : "\(a.baseDescription) (\(first)) and \(b.baseDescription) (\(second))"
        return MonthComparison(
            first: first, second: second, scope: scope, selection: selection, entries: entries,
            totalBefore: a.total, totalAfter: b.total, matchedBefore: matchedBefore, matchedAfter: matchedAfter,
            matchedCount: matched.count, base: base, baseDescription: words, baseBefore: baseBefore,
            baseAfter: baseAfter)
    }
}
