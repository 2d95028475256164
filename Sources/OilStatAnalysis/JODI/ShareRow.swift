import OilStatReport

/// One row of the share task's output: a country's crude production in a month, its share of the
/// month's total and its change from the month before.
public struct ShareRow: Sendable, Equatable {
    /// `REF_AREA` as written (`NA` is Namibia).
    public var country: String
    /// `TIME_PERIOD` as written, `YYYY-MM`.
    public var month: String
    /// Production, kb/d.
    public var kbd: Double
    /// 100 · kbd / the month's total; nil when the total is 0.
    public var sharePct: Double?
    /// kbd minus the immediately preceding calendar month's; nil without that month.
    public var momChangeKBD: Double?
    /// The change in percent of the preceding month; nil without it or when it is 0.
    public var momChangePct: Double?

    public init(
        country: String, month: String, kbd: Double, sharePct: Double?, momChangeKBD: Double?,
        momChangePct: Double?
    ) {
        self.country = country
        self.month = month
        self.kbd = kbd
        self.sharePct = sharePct
        self.momChangeKBD = momChangeKBD
        self.momChangePct = momChangePct
    }

    /// The column keys of the share task's CSV header.
    public static let csvColumns = ["country", "month", "kbd", "share_pct", "mom_change_kbd", "mom_change_pct"]

    /// The CSV header of the share task.
    public static let csvHeader = csvColumns.joined(separator: ",")

    /// Writes the row as one record: the country and month as guarded, quoted text, the numbers with four
    /// decimals (half-to-even, no negative zero), empty fields for nil.
    @inline(__always)
    public func write(to writer: inout DelimitedWriter) {
        writer.text(country)
        writer.text(month)
        writer.number(kbd, decimals: 4)
        writer.number(sharePct, decimals: 4)
        writer.number(momChangeKBD, decimals: 4)
        writer.number(momChangePct, decimals: 4)
        writer.endRecord()
    }
}
