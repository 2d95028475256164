/// How ``ReportRenderer`` should render a ``ReportTable``: the format and its few switches.
///
/// Each switch applies only where it makes sense; the others ignore it:
///
/// | Option               | table | csv | tsv | json | markdown |
/// |----------------------|-------|-----|-----|------|----------|
/// | `includeHeader`      | ✓     | ✓   | ✓   |      |          |
/// | `delimiter`          |       | ✓   | ✓   |      |          |
/// | `colour`             | ✓     |     |     |      |          |
/// | `thousandsSeparator` | ✓     |     |     |      | ✓        |
public struct RenderOptions: Equatable, Sendable {
    /// The output format.
    public var format: OutputFormat
    /// Whether to print the header row (`--no-header` sets this to `false`).
    public var includeHeader: Bool
    /// A field delimiter overriding the format's own (`,` for csv, tab for tsv).
    public var delimiter: Character?
    /// Whether to colour negative numbers of ``ReportColumn/signed`` columns red with ANSI codes.
    public var colour: Bool
    /// Whether numbers on a terminal or in Markdown get thousands separators (`1,234.5`).
    public var thousandsSeparator: Bool

    /// Options for `format`, with the header on, the format's own delimiter, no colour and thousands separators.
    public init(
        format: OutputFormat,
        includeHeader: Bool = true,
        delimiter: Character? = nil,
        colour: Bool = false,
        thousandsSeparator: Bool = true
    ) {
        self.format = format
        self.includeHeader = includeHeader
        self.delimiter = delimiter
        self.colour = colour
        self.thousandsSeparator = thousandsSeparator
    }
}
