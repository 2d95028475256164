/// Renders a ``ReportTable`` as CSV per RFC 4180, for spreadsheets and other programs.
///
/// - The header holds the column keys (`producer,output_kbd,...`), not the headings.
/// - Records end with LF (`\n`), not RFC 4180's CRLF: Unix tools expect LF and every CSV reader accepts it.
///   The last record ends with a newline too.
/// - Numbers are plain: the column's decimals, a `.` decimal point, no thousands separators, rounded
///   half-to-even on the double's exact value (`0.78125` → `0.7812` at 4 decimals). A missing value is an empty field.
/// - A field containing the delimiter, a double quote, CR or LF is quoted, with inner quotes doubled.
/// - Text cells starting with `=`, `+`, `-`, `@`, tab or CR get a leading `'` against formula injection
///   (OWASP); numbers are never altered.
/// - The totals row, if any, is written as the last record, cells as they are in the table.
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
        var records: [[String]] = []
        if includeHeader {
            records.append(table.columns.map { field(text: $0.key) })
        }
        for row in table.rowsWithTotals {
            records.append(zip(row, table.columns).map { value, column in field(value, decimals: column.decimals) })
        }
        let separator = String(delimiter)
        return records.map { $0.joined(separator: separator) + "\n" }.joined()
    }

    /// The field for one cell.
    func field(_ value: ReportValue, decimals: Int) -> String {
        switch value {
        case .text(let text):
            return field(text: text)
        case .number(let number) where number.isFinite:
            return NumberText.fixed(number, decimals: decimals)
        case .number, .missing:
            return ""
        }
    }

    /// The field for a text cell: guarded against formulas, then quoted if needed.
    func field(text: String) -> String {
        let safe = FormulaInjection.neutralize(text)
        guard needsQuotes(safe) else { return safe }
        var quoted = "\""
        for character in safe {
            if character == "\"" { quoted.append("\"") }
            quoted.append(character)
        }
        quoted.append("\"")
        return quoted
    }

    /// Whether `text` contains the delimiter, a double quote, CR or LF (looked for by Unicode scalar, so a CRLF
    /// pair or a combining mark after the delimiter still counts).
    private func needsQuotes(_ text: String) -> Bool {
        let delimiterScalars = delimiter.unicodeScalars
        if delimiterScalars.count > 1 && text.contains(delimiter) { return true }
        return text.unicodeScalars.contains { scalar in
            scalar == "\"" || scalar == "\r" || scalar == "\n" || (delimiterScalars.count == 1 && scalar == delimiterScalars.first)
        }
    }
}
