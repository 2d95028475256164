/// Renders a ``ReportTable`` as an HTML `<table>` (well-formed, so also valid XHTML), for ``HTMLReport``.
///
/// The title is the `<caption>`, headings go in `<thead>`, rows in `<tbody>` and the totals row in `<tfoot>`.
/// Number columns carry `class="num"` (right-aligned by the report's style sheet); negative numbers in
/// ``ReportColumn/signed`` columns add `neg`, missing values print as `..` with `class="missing"`. Numbers have
/// thousands separators and their column's decimals. Notes follow the table as `<p class="note">`. All text is
/// escaped.
public struct HTMLTableRenderer: Equatable, Sendable {
    /// A renderer; HTML tables have no options.
    public init() {}

    /// The table (and its notes) as HTML lines, each indented by `indent` and ending with a newline.
    public func render(_ table: ReportTable, indent: String = "") -> String {
        let numeric = table.columns.indices.map(table.isNumericColumn)
        var lines = ["<table>"]
        if !table.title.isEmpty {
            lines.append("  <caption>\(XMLText.escape(table.title))</caption>")
        }
        lines.append("  <thead>")
        let headings = table.columns.enumerated().map { index, column in
            "<th scope=\"col\"\(numeric[index] ? " class=\"num\"" : "")>\(XMLText.escape(column.heading))</th>"
        }
        lines.append("    <tr>" + headings.joined() + "</tr>")
        lines.append("  </thead>")
        lines.append("  <tbody>")
        lines += table.rows.map { "    " + row($0, in: table, numeric: numeric) }
        lines.append("  </tbody>")
        if let totals = table.totals {
            lines.append("  <tfoot>")
            lines.append("    " + row(totals, in: table, numeric: numeric))
            lines.append("  </tfoot>")
        }
        lines.append("</table>")
        lines += table.notes.map { "<p class=\"note\">\(XMLText.escape($0))</p>" }
        return lines.map { indent + $0 + "\n" }.joined()
    }

    private func row(_ cells: [ReportValue], in table: ReportTable, numeric: [Bool]) -> String {
        let html = table.columns.enumerated().map { index, column in
            let value = table.cell(cells, index)
            let text = value.displayText(decimals: column.decimals, grouped: true)
            var classes: [String] = []
            if numeric[index] { classes.append("num") }
            if column.signed && value.finiteNumber != nil && text.hasPrefix("-") { classes.append("neg") }
            if value.isMissing { classes.append("missing") }
            let classAttribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
            let titleAttribute = value.isMissing ? " title=\"not available\"" : ""
            return "<td\(classAttribute)\(titleAttribute)>\(XMLText.escape(text))</td>"
        }
        return "<tr>" + html.joined() + "</tr>"
    }
}
