/// A table of results, independent of how it is shown: every report format renders this type.
///
/// For example, a market-share report has text columns for the producer and number columns for
/// the value and the share, a totals row, and notes that state the unit and the source.
public struct ReportTable: Equatable, Sendable {
    /// The title printed above the table (terminal, Markdown, HTML) or carried as metadata (JSON).
    public var title: String
    /// The columns, left to right.
    public var columns: [ReportColumn]
    /// The body rows; each has one value per column.
    public var rows: [[ReportValue]]
    /// An optional totals row, shown last and marked as such.
    public var totals: [ReportValue]?
    /// Lines printed under the table: the unit, the source, what a missing value means...
    public var notes: [String]

    public init(
        title: String, columns: [ReportColumn], rows: [[ReportValue]] = [], totals: [ReportValue]? = nil,
        notes: [String] = []
    ) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.totals = totals
        self.notes = notes
    }
}

/// A column of a ``ReportTable``: its stable machine name, its heading and how its numbers print.
public struct ReportColumn: Equatable, Sendable {
    /// The stable name used as the CSV/JSON key, snake_case, e.g. `share_pct`.
    public var key: String
    /// The heading shown on a terminal, in Markdown and HTML, e.g. `Share %`.
    public var heading: String
    /// Decimals printed for numbers in this column (ignored for text).
    public var decimals: Int
    /// Whether a negative number in this column is a decline worth colouring on a terminal.
    public var signed: Bool

    public init(key: String, heading: String, decimals: Int = 0, signed: Bool = false) {
        self.key = key
        self.heading = heading
        self.decimals = decimals
        self.signed = signed
    }
}

/// One cell of a ``ReportTable``.
public enum ReportValue: Equatable, Sendable {
    /// Text, left-aligned on a terminal.
    case text(String)
    /// A number, right-aligned, printed with its column's decimals.
    case number(Double)
    /// No value: the source has no figure (never shown as zero).
    case missing
}
