import OilStatReport

/// The frame of every dashboard page: head with the app's own style sheet and script, navigation, footer.
/// Every text put in a page goes through ``escape(_:)``.
public enum PageLayout {
    /// `text` escaped for HTML element content and quoted attributes.
    public static func escape(_ text: String) -> String { XMLText.escape(text) }

    /// A whole page titled `title` around `body` (already HTML).
    public static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(escape(title)) · OilStat</title>
        <link rel="stylesheet" href="/static/oilstat.css"/>
        <script src="/static/oilstat.js" defer="defer"></script>
        </head>
        <body>
        <header><nav>
        <a href="/">Latest month</a> <a href="/compare">Compare months</a> <a href="/agreements">Agreements</a>
        <a href="/sources">Sources</a> <a href="/imports">Imports</a> <a href="/openapi.json">API</a>
        </nav></header>
        <main>
        <h1>\(escape(title))</h1>
        \(body)</main>
        <footer>OilStat dashboard: figures from the local database, read-only. \
        Missing figures show as “..”.</footer>
        </body>
        </html>

        """
    }

    /// A report table as an HTML table with its caption and notes.
    public static func table(_ table: ReportTable) -> String {
        "<section class=\"table\">\n" + HTMLTableRenderer().render(table, indent: "  ") + "</section>\n"
    }

    /// An SVG chart (from ``OilStatReport/BarChart`` or ``OilStatReport/LineChart``) in a figure.
    public static func chart(_ svg: String, caption: String = "") -> String {
        var report = HTMLReport(title: "")
        report.addChart(ReportChart(title: "", svg: svg, file: "", caption: caption))
        return report.sectionsHTML()
    }

    /// A paragraph of `text`.
    public static func paragraph(_ text: String, className: String? = nil) -> String {
        let attribute = className.map { " class=\"\(escape($0))\"" } ?? ""
        return "<p\(attribute)>\(escape(text))</p>\n"
    }

    /// A link to `href` (a path built by the app, escaped here) showing `text`.
    public static func link(_ href: String, _ text: String) -> String {
        "<a href=\"\(escape(href))\">\(escape(text))</a>"
    }

    /// `text` percent-encoded for a query-string value or a path segment.
    public static func urlComponent(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// A `<select>` named `name` with `options` (value, label), `selected` chosen.
    public static func select(
        name: String, label: String, options: [(value: String, label: String)], selected: String?
    ) -> String {
        var html = "<label>\(escape(label))\n<select name=\"\(escape(name))\">\n"
        for option in options {
            let mark = option.value == (selected ?? "") ? " selected=\"selected\"" : ""
            html += "<option value=\"\(escape(option.value))\"\(mark)>\(escape(option.label))</option>\n"
        }
        return html + "</select></label>\n"
    }

    /// An `<input type="month">` named `name` with `value`.
    public static func monthInput(name: String, label: String, value: String) -> String {
        "<label>\(escape(label))\n<input type=\"month\" name=\"\(escape(name))\" value=\"\(escape(value))\" "
            + "pattern=\"[0-9]{4}-[0-9]{2}\" required=\"required\"/></label>\n"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
