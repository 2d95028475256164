import Foundation

/// A report of headline facts, tables, charts and sources, as one self-contained HTML5 page or as Markdown.
///
/// For example:
///
/// ```swift
/// var report = HTMLReport(title: "OPEC+ production, March 2024")
/// report.addFacts(["Saudi Arabia produced 9.0 mb/d, down 50 kb/d."])
/// report.addTable(shareTable)
/// report.addChart(ReportChart(title: "Production", svg: chart.svg(), file: "production.svg"))
/// report.addSources([ReportSource(name: "OPEC MOMR", detail: "secondary sources", url: "https://www.opec.org")])
/// let page = report.html()
/// let text = report.markdown()
/// ```
///
/// The HTML page has an inline style sheet and inline SVG charts, and no scripts, links, images or fonts to
/// fetch; addresses of sources are plain text. Its markup is well-formed XML after the `<!DOCTYPE html>` line
/// (void elements are self-closed), so XML tools can read it. All text is escaped; chart SVGs are inserted as
/// given. The Markdown version renders tables with ``MarkdownRenderer`` and links each chart to its file; all its
/// text is escaped too (`MarkdownRenderer.inline(_:)`), so names and notes carry no live HTML or links.
public struct HTMLReport: Equatable, Sendable {
    /// The page title (`<title>` and `<h1>`, `#` in Markdown).
    public var title: String
    /// The blocks under the title, in order.
    public var sections: [ReportSection]

    /// A report titled `title` with `sections` (none by default; add them with the `add…` methods).
    public init(title: String, sections: [ReportSection] = []) {
        self.title = title
        self.sections = sections
    }

    /// Appends a second-level heading.
    public mutating func addHeading(_ text: String) {
        sections.append(.heading(text))
    }

    /// Appends a paragraph.
    public mutating func addParagraph(_ text: String) {
        sections.append(.paragraph(text))
    }

    /// Appends a list of headline facts.
    public mutating func addFacts(_ facts: [String]) {
        sections.append(.facts(facts))
    }

    /// Appends a table.
    public mutating func addTable(_ table: ReportTable) {
        sections.append(.table(table))
    }

    /// Appends a chart.
    public mutating func addChart(_ chart: ReportChart) {
        sections.append(.chart(chart))
    }

    /// Appends the list of sources.
    public mutating func addSources(_ sources: [ReportSource]) {
        sections.append(.sources(sources))
    }

    /// The inline style sheet: readable type, right-aligned tabular numbers, a ruled totals row.
    public static let styleSheet = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; color: #222222; line-height: 1.45; \
        max-width: 960px; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin-bottom: 1rem; }
        h2 { font-size: 1.25rem; margin-top: 2rem; }
        ul.facts li { margin: 0.25rem 0; }
        table { border-collapse: collapse; margin: 1.5rem 0 0.5rem; font-size: 0.95rem; }
        caption { text-align: left; font-weight: bold; padding-bottom: 0.5rem; }
        th, td { padding: 0.25rem 0.75rem; border-bottom: 1px solid #DDDDDD; text-align: left; }
        thead th { border-bottom: 2px solid #333333; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .neg { color: #D55E00; }
        .missing { color: #555555; }
        tfoot td { font-weight: bold; border-top: 2px solid #333333; }
        p.note { font-size: 0.85rem; color: #555555; margin: 0.2rem 0; }
        figure { margin: 1.5rem 0; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { font-size: 0.85rem; color: #555555; }
        ol.sources li { margin: 0.25rem 0; }
        .url { font-family: "DejaVu Sans Mono", monospace; font-size: 0.85rem; word-break: break-all; }
        """

    /// The report as an HTML5 page, ending with a newline.
    public func html() -> String {
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\"/>",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
            "<title>\(XMLText.escape(title))</title>",
            "<style>",
        ]
        lines += HTMLReport.styleSheet.split(separator: "\n").map(String.init)
        lines += ["</style>", "</head>", "<body>", "<main>", "<h1>\(XMLText.escape(title))</h1>"]
        var body = lines.joined(separator: "\n") + "\n"
        body += sectionsHTML()
        body += "</main>\n</body>\n</html>\n"
        return body
    }

    /// The sections as HTML, without the page around them (for pages that bring their own head and style sheet).
    public func sectionsHTML() -> String {
        sections.map(html(for:)).joined()
    }

    private func html(for section: ReportSection) -> String {
        switch section {
        case .heading(let text):
            return "<h2>\(XMLText.escape(text))</h2>\n"
        case .paragraph(let text):
            return "<p>\(XMLText.escape(text))</p>\n"
        case .facts(let facts):
            guard !facts.isEmpty else { return "" }
            let items = facts.map { "  <li>\(XMLText.escape($0))</li>\n" }.joined()
            return "<ul class=\"facts\">\n" + items + "</ul>\n"
        case .table(let table):
            return "<section class=\"table\">\n" + HTMLTableRenderer().render(table, indent: "  ") + "</section>\n"
        case .chart(let chart):
            var text = "<figure class=\"chart\">\n" + HTMLReport.inlineSVG(chart.svg) + "\n"
            if !chart.caption.isEmpty {
                text += "<figcaption>\(XMLText.escape(chart.caption))</figcaption>\n"
            }
            return text + "</figure>\n"
        case .sources(let sources):
            guard !sources.isEmpty else { return "" }
            var text = "<h2>Sources</h2>\n<ol class=\"sources\">\n"
            for source in sources {
                var item = "<strong>\(XMLText.escape(source.name))</strong>"
                if !source.detail.isEmpty { item += ": \(XMLText.escape(source.detail))" }
                if let url = source.url, !url.isEmpty { item += " <span class=\"url\">\(XMLText.escape(url))</span>" }
                text += "  <li>\(item)</li>\n"
            }
            return text + "</ol>\n"
        }
    }

    /// The SVG markup without a leading XML declaration or surrounding whitespace.
    static func inlineSVG(_ svg: String) -> String {
        var text = Substring(svg)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        if text.hasPrefix("<?xml"), let end = text.range(of: "?>") {
            text = text[end.upperBound...]
        }
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }

    /// The report as Markdown, ending with a newline.
    public func markdown() -> String {
        var blocks = ["# " + MarkdownRenderer.inline(title)]
        for section in sections {
            switch section {
            case .heading(let text):
                blocks.append("## " + MarkdownRenderer.inline(text))
            case .paragraph(let text):
                blocks.append(MarkdownRenderer.inline(text))
            case .facts(let facts):
                if !facts.isEmpty {
                    blocks.append(facts.map { "- " + MarkdownRenderer.inline($0) }.joined(separator: "\n"))
                }
            case .table(let table):
                var text = MarkdownRenderer().render(table)
                text.removeLast()
                blocks.append(text)
            case .chart(let chart):
                var text = "![\(MarkdownRenderer.inline(chart.title))](\(HTMLReport.destination(chart.file)))"
                if !chart.caption.isEmpty { text += "\n\n*" + MarkdownRenderer.inline(chart.caption) + "*" }
                blocks.append(text)
            case .sources(let sources):
                if !sources.isEmpty {
                    blocks.append("## Sources")
                    blocks.append(
                        sources.enumerated().map { index, source in
                            var item = "\(index + 1). **\(MarkdownRenderer.inline(source.name))**"
                            if !source.detail.isEmpty { item += ": " + MarkdownRenderer.inline(source.detail) }
                            if let url = source.url, !url.isEmpty { item += " " + MarkdownRenderer.inline(url) }
                            return item
                        }.joined(separator: "\n"))
                }
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// A link destination: `path` with every byte other than letters, digits and `-._~/` percent-encoded, so
    /// spaces, parentheses, brackets and markup cannot end or break the link.
    private static func destination(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            let plain =
                (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: "~") || byte == UInt8(ascii: "/")
            if plain {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

extension String {
    /// The string with `0` in front up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
