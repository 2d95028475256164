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

    public init(country: String, month: String, kbd: Double, sharePct: Double?, momChangeKBD: Double?, momChangePct: Double?) {
        self.country = country
        self.month = month
        self.kbd = kbd
        self.sharePct = sharePct
        self.momChangeKBD = momChangeKBD
        self.momChangePct = momChangePct
    }

    /// The CSV header of the share task.
    public static let csvHeader = "country,month,kbd,share_pct,mom_change_kbd,mom_change_pct"

    /// Appends the row as a CSV line (four decimals, half-to-even; empty for nil; LF).
    public func appendCSV(to output: inout [UInt8]) {
        output.append(contentsOf: country.utf8)
        output.append(UInt8(ascii: ","))
        output.append(contentsOf: month.utf8)
        output.append(UInt8(ascii: ","))
        FixedDecimal.appendFourDecimals(kbd, to: &output)
        for value in [sharePct, momChangeKBD, momChangePct] {
            output.append(UInt8(ascii: ","))
            if let value { FixedDecimal.appendFourDecimals(value, to: &output) }
        }
        output.append(UInt8(ascii: "\n"))
    }
}
