extension DelimitedWriter {
    /// Writes `table` as delimited records: the header of column keys (if `includeHeader`), then each row and the
    /// totals row, cells as they are in the table.
    static func render(_ table: ReportTable, delimiter: Character, quoting: Quoting, includeHeader: Bool) -> String {
        var writer = DelimitedWriter(delimiter: delimiter, quoting: quoting)
        if includeHeader {
            for column in table.columns { writer.text(column.key) }
            writer.endRecord()
        }
        for row in table.rowsWithTotals {
            for (value, column) in zip(row, table.columns) { writer.cell(value, decimals: column.decimals) }
            writer.endRecord()
        }
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Appends one cell: text guarded and quoted, a number with `decimals`, an empty field for a missing value.
    mutating func cell(_ value: ReportValue, decimals: Int) {
        switch value {
        case .text(let text): self.text(text)
        case .number(let number): self.number(number, decimals: decimals)
        case .missing: empty()
        }
    }

    /// One cell on its own, as it appears in a record (for tests and single values).
    static func field(_ value: ReportValue, decimals: Int, delimiter: Character, quoting: Quoting) -> String {
        var writer = DelimitedWriter(delimiter: delimiter, quoting: quoting)
        writer.cell(value, decimals: decimals)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
