import Foundation

/// Renders a ``ReportTable`` as a GitHub-flavoured Markdown pipe table.
///
/// The title becomes a `###` heading; number columns are right-aligned (`---:`) and padded so the source lines
/// up as well; `|` in a cell is escaped as `\|` and line breaks become spaces; all text is escaped against HTML
/// and links (see `inline(_:)`); the totals row is bold; missing values print as `..`. Notes follow after a
/// blank line, one per line, each but the last ending with a `\` hard line break so they stay on separate lines
/// when rendered. The header row is always written (GitHub requires it).
public struct MarkdownRenderer: Equatable, Sendable {
    /// Whether numbers get `,` thousands separators.
    public var thousandsSeparator: Bool

    /// A renderer with thousands separators by default.
    public init(thousandsSeparator: Bool = true) {
        self.thousandsSeparator = thousandsSeparator
    }

    /// A renderer using `options.thousandsSeparator`.
    public init(options: RenderOptions) {
        self.init(thousandsSeparator: options.thousandsSeparator)
    }

    /// Renders `table` as Markdown ending with a newline.
    public func render(_ table: ReportTable) -> String {
        var blocks: [String] = []
        if !table.title.isEmpty {
            blocks.append("### " + MarkdownRenderer.inline(table.title))
        }
        if !table.columns.isEmpty {
            blocks.append(pipeTable(table))
        }
        if !table.notes.isEmpty {
            blocks.append(table.notes.map(MarkdownRenderer.inline).joined(separator: "\\\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func pipeTable(_ table: ReportTable) -> String {
        let rightAligned = table.columns.indices.map(table.isNumericColumn)
        let header = table.columns.map { MarkdownRenderer.cell($0.heading) }
        var body = table.rows.map { row in
            table.columns.enumerated().map { index, column in
                MarkdownRenderer.cell(
                    table.cell(row, index).displayText(decimals: column.decimals, grouped: thousandsSeparator))
            }
        }
        if let totals = table.totals {
            body.append(
                table.columns.enumerated().map { index, column in
                    let text = MarkdownRenderer.cell(
                        table.cell(totals, index).displayText(decimals: column.decimals, grouped: thousandsSeparator))
                    return text.isEmpty ? text : "**" + text + "**"
                })
        }
        var widths = header.map { max($0.count, 3) }
        for row in body {
            for (index, text) in row.enumerated() { widths[index] = max(widths[index], text.count) }
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { index, text in
                let padding = String(repeating: " ", count: widths[index] - text.count)
                return rightAligned[index] ? padding + text : text + padding
            }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        let delimiterRow = widths.enumerated().map { index, width in
            rightAligned[index] ? String(repeating: "-", count: width - 1) + ":" : String(repeating: "-", count: width)
        }
        var lines = [line(header), "| " + delimiterRow.joined(separator: " | ") + " |"]
        lines += body.map(line)
        return lines.joined(separator: "\n")
    }

    /// Text on one line and inert: line breaks and tabs become spaces; `&`, `<` and `>` become the entities
    /// `&amp;`, `&lt;` and `&gt;`, so no HTML in a name or note reaches a Markdown viewer as markup (CommonMark
    /// passes inline HTML through); a backslash, `[` and `]` get a backslash before them, so no link or image can
    /// be formed.
    static func inline(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t": result.append(" ")
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\\", "[", "]":
                result.append("\\")
                result.unicodeScalars.append(scalar)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A table cell: ``inline(_:)``, with `|` escaped as `\|`.
    static func cell(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "|", with: "\\|")
    }
}
