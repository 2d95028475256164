import OilStatCore

/// The row counts of a parse.
struct ParseCounts: Sendable, Equatable {
    var read = 0
    var missing = 0
    var skipped = 0
    /// The earliest and latest month (``OilStatCore/Month/index``) of the rows a filter kept, missing ones too:
    /// the months the file speaks for.
    var firstMonth = Int.max, lastMonth = Int.min

    /// ``firstMonth`` through ``lastMonth``; nil when no row was kept.
    var months: ClosedRange<Int>? { firstMonth <= lastMonth ? firstMonth...lastMonth : nil }

    /// Widens the months to include `month`.
    @inline(__always)
    mutating func include(month: Int) {
        firstMonth = min(firstMonth, month)
        lastMonth = max(lastMonth, month)
    }

    /// The counts for the import's ledger row, with the import's time.
    func tally(seconds: Double) -> ImportTally {
        ImportTally(read: read, missing: missing, skipped: skipped, seconds: seconds)
    }
}
