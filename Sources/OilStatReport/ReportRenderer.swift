/// Renders a ``ReportTable`` in any ``OutputFormat``: the one entry point the command layer needs.
///
/// For example:
///
/// ```swift
/// let text = ReportRenderer.render(table, options: RenderOptions(format: .csv, includeHeader: false))
/// ```
public enum ReportRenderer {
    /// Renders `table` in `options.format`, applying the options that format uses.
    ///
    /// Every format ends with a newline. The result never depends on the locale.
    public static func render(_ table: ReportTable, options: RenderOptions) -> String {
        switch options.format {
        case .table:
            return TableRenderer(options: options).render(table)
        case .csv:
            return CSVRenderer(options: options).render(table)
        case .tsv:
            return TSVRenderer(options: options).render(table)
        case .json:
            return JSONRenderer().render(table)
        case .markdown:
            return MarkdownRenderer(options: options).render(table)
        }
    }
}
