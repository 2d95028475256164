/// Renders a ``ReportTable`` as tab-separated values, for `cut`, `awk` and paste into spreadsheets.
///
/// TSV has no quoting, so a tab, CR or LF inside a field (and the delimiter, if overridden) is replaced by a
/// space; a CRLF pair becomes one space. Otherwise it follows ``CSVRenderer``: a header of column keys, plain
/// numbers with the column's decimals, empty fields for missing values, a leading `'` on text cells starting
/// with `=`, `+`, `-`, `@`, tab or CR, the totals row last, and LF line endings.
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
        var lines: [[String]] = []
        if includeHeader {
            lines.append(table.columns.map { field(text: $0.key) })
        }
        for row in table.rowsWithTotals {
            lines.append(
                zip(row, table.columns).map { value, column in
                    switch value {
                    case .text(let text):
                        return field(text: text)
                    case .number(let number) where number.isFinite:
                        return NumberText.fixed(number, decimals: column.decimals)
                    case .number, .missing:
                        return ""
                    }
                })
        }
        let separator = String(delimiter)
        return lines.map { $0.joined(separator: separator) + "\n" }.joined()
    }

    /// The field for a text cell: guarded against formulas, then with separators replaced by spaces.
    func field(text: String) -> String {
        let safe = FormulaInjection.neutralize(text).replacingCRLF()
        let delimiterScalar = delimiter.unicodeScalars.count == 1 ? delimiter.unicodeScalars.first : nil
        var result = String(
            String.UnicodeScalarView(
                safe.unicodeScalars.map { scalar in
                    scalar == "\t" || scalar == "\r" || scalar == "\n" || scalar == delimiterScalar ? " " : scalar
                }))
        if delimiterScalar == nil {
            result = result.split(separator: delimiter, omittingEmptySubsequences: false).joined(separator: " ")
        }
        return result
    }
}

extension String {
    /// The string with each CRLF pair replaced by one space.
    fileprivate func replacingCRLF() -> String {
        guard contains("\r\n") else { return self }
        return split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: " ")
    }
}
