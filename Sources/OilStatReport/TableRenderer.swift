/// Renders a ``ReportTable`` as an aligned plain-text table for a terminal.
///
/// The layout, for a table with a totals row and notes:
///
/// ```text
/// Crude oil production, March 2024
/// Producer       Output kb/d  Share %  Change kb/d
/// -------------  -----------  -------  -----------
/// Saudi Arabia        10,700    31.94          -50
/// Total               33,500   100.00           ..
/// Source: ...
/// ```
///
/// Text columns are left-aligned and number columns right-aligned (see ``ReportTable``'s cells); columns are
/// separated by two spaces; a rule of dashes sits under the header and above the totals row. Numbers print with
/// their column's decimals and, by default, thousands separators; missing values print as `..`. Lines carry no
/// trailing spaces and every line ends with `\n`. Widths count characters (grapheme clusters), so wide East
/// Asian characters may misalign.
public struct TableRenderer: Equatable, Sendable {
    /// Whether to print the header row and the rule under it.
    public var includeHeader: Bool
    /// Whether numbers get `,` thousands separators.
    public var thousandsSeparator: Bool
    /// Whether negative numbers in ``ReportColumn/signed`` columns are coloured red with ANSI escape codes.
    public var colour: Bool

    /// A renderer with a header, thousands separators and no colour by default.
    public init(includeHeader: Bool = true, thousandsSeparator: Bool = true, colour: Bool = false) {
        self.includeHeader = includeHeader
        self.thousandsSeparator = thousandsSeparator
        self.colour = colour
    }

    /// A renderer using the table-related switches of `options`.
    public init(options: RenderOptions) {
        self.init(
            includeHeader: options.includeHeader,
            thousandsSeparator: options.thousandsSeparator,
            colour: options.colour
        )
    }

    /// The ANSI escape that starts red text.
    static let red = "\u{1B}[31m"
    /// The ANSI escape that resets colours.
    static let reset = "\u{1B}[0m"

    /// Renders `table` as text lines, each ending with a newline.
    public func render(_ table: ReportTable) -> String {
        let count = table.columns.count
        let rightAligned = (0..<count).map(table.isNumericColumn)
        let header = table.columns.map { Cell(text: $0.heading, negative: false) }
        let body = table.rows.map { cells(for: $0, in: table) }
        let totals = table.totals.map { cells(for: $0, in: table) }

        var widths = [Int](repeating: 0, count: count)
        var measured = body
        if includeHeader { measured.append(header) }
        if let totals { measured.append(totals) }
        for row in measured {
            for (index, cell) in row.enumerated() {
                widths[index] = max(widths[index], cell.text.count)
            }
        }

        var lines: [String] = []
        if !table.title.isEmpty { lines.append(table.title) }
        if count > 0 {
            let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
            if includeHeader {
                lines.append(line(header, widths: widths, rightAligned: rightAligned))
                lines.append(rule)
            }
            lines += body.map { line($0, widths: widths, rightAligned: rightAligned) }
            if let totals {
                lines.append(rule)
                lines.append(line(totals, widths: widths, rightAligned: rightAligned))
            }
        }
        lines += table.notes
        return lines.map { $0 + "\n" }.joined()
    }

    /// One cell's text and whether it is a negative number to colour.
    private struct Cell {
        var text: String
        var negative: Bool
    }

    private func cells(for row: [ReportValue], in table: ReportTable) -> [Cell] {
        table.columns.enumerated().map { index, column in
            let value = table.cell(row, index)
            let text = value.displayText(decimals: column.decimals, grouped: thousandsSeparator)
            let negative = column.signed && value.finiteNumber != nil && text.hasPrefix("-")
            return Cell(text: singleLine(text), negative: negative)
        }
    }

    /// Joins padded cells with two spaces and drops trailing spaces.
    private func line(_ cells: [Cell], widths: [Int], rightAligned: [Bool]) -> String {
        var parts: [String] = []
        for (index, cell) in cells.enumerated() {
            let padding = String(repeating: " ", count: max(widths[index] - cell.text.count, 0))
            let text = colour && cell.negative ? TableRenderer.red + cell.text + TableRenderer.reset : cell.text
            parts.append(rightAligned[index] ? padding + text : text + padding)
        }
        var joined = parts.joined(separator: "  ")
        while joined.last == " " { joined.removeLast() }
        return joined
    }

    /// Replaces line breaks and tabs inside a cell with spaces so each row stays on one line.
    private func singleLine(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar
                }))
    }
}
