/// Renders a ``ReportTable`` as CSV per RFC 4180, for spreadsheets and other programs.
///
/// - The header holds the column keys (`producer,output_kbd,...`), not the headings.
/// - Records end with LF (`\n`), not RFC 4180's CRLF: Unix tools expect LF and every CSV reader accepts it.
///   The last record ends with a newline too.
/// - Numbers are plain: the column's decimals, a `.` decimal point, no thousands separators, rounded
///   half-to-even on the double's exact value (`0.78125` → `0.7812` at 4 decimals). A missing value is an empty field.
/// - A field containing the delimiter, a double quote, CR or LF is quoted, with inner quotes doubled.
///   Negative zero is written without its sign; numbers that are not finite are empty fields.
/// - Text cells starting with `=`, `+`, `-`, `@`, tab or CR get a leading `'` against formula injection
///   (OWASP); numbers are never altered.
/// - The totals row, if any, is written as the last record, cells as they are in the table.
///
/// The encoding is ``DelimitedWriter``'s, shared with the JODI share task's streaming CSV.
public struct CSVRenderer: Equatable, Sendable {
    /// The field delimiter, `,` by default.
    public var delimiter: Character
    /// Whether to write the header record of column keys.
    public var includeHeader: Bool

    /// A renderer with a comma delimiter and a header by default.
    public init(delimiter: Character = ",", includeHeader: Bool = true) {
        self.delimiter = delimiter
        self.includeHeader = includeHeader
    }

    /// A renderer using `options.delimiter` (else `,`) and `options.includeHeader`.
    public init(options: RenderOptions) {
        self.init(delimiter: options.delimiter ?? ",", includeHeader: options.includeHeader)
    }

    /// Renders `table` as CSV records, each ending with `\n`.
    public func render(_ table: ReportTable) -> String {
        DelimitedWriter.render(table, delimiter: delimiter, quoting: .quoted, includeHeader: includeHeader)
    }

    /// The field for one cell.
    func field(_ value: ReportValue, decimals: Int) -> String {
        DelimitedWriter.field(value, decimals: decimals, delimiter: delimiter, quoting: .quoted)
    }
}
