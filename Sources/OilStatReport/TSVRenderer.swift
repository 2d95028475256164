/// Renders a ``ReportTable`` as tab-separated values, for `cut`, `awk` and paste into spreadsheets.
///
/// TSV has no quoting, so a tab, CR or LF inside a field (and the delimiter, if overridden) is replaced by a
/// space; a CRLF pair becomes one space. Otherwise it follows ``CSVRenderer``: a header of column keys, plain
/// numbers with the column's decimals, empty fields for missing values, a leading `'` on text cells starting
/// with `=`, `+`, `-`, `@`, tab or CR, the totals row last, and LF line endings (``DelimitedWriter``).
public struct TSVRenderer: Equatable, Sendable {
    /// The field delimiter, tab by default.
    public var delimiter: Character
    /// Whether to write the header line of column keys.
    public var includeHeader: Bool

    /// A renderer with a tab delimiter and a header by default.
    public init(delimiter: Character = "\t", includeHeader: Bool = true) {
        self.delimiter = delimiter
        self.includeHeader = includeHeader
    }

    /// A renderer using `options.delimiter` (else tab) and `options.includeHeader`.
    public init(options: RenderOptions) {
        self.init(delimiter: options.delimiter ?? "\t", includeHeader: options.includeHeader)
    }

    /// Renders `table` as TSV lines, each ending with `\n`.
    public func render(_ table: ReportTable) -> String {
        DelimitedWriter.render(table, delimiter: delimiter, quoting: .replaced, includeHeader: includeHeader)
    }

    /// The field for a text cell: guarded against formulas, then with separators replaced by spaces.
    func field(text: String) -> String {
        DelimitedWriter.field(.text(text), decimals: 0, delimiter: delimiter, quoting: .replaced)
    }
}
