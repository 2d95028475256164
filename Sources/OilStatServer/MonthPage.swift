import OilStatAnalysis
import OilStatCore
import OilStatReport

/// `/month/YYYY-MM?group=opec`: production and shares with their base, changes against the previous month and
/// a year earlier, and charts, with month and group pickers (a plain GET form) and links to the months around.
public struct MonthPage: Sendable {
    /// The month shown.
    public var month: Month
    /// The figures read (group, producers, source, product).
    public var series: SeriesQuery

    /// The groups offered by the picker: value and label.
    public static let groups: [(value: String, label: String)] = [
        ("", "All producers"), ("opec", "OPEC"), ("opec+", "OPEC+"), ("non-opec", "Non-OPEC"), ("big3", "Big 3"),
    ]

    /// The page for `month` with `series`.
    public init(month: Month, series: SeriesQuery = SeriesQuery()) {
        self.month = month
        self.series = series
    }

    /// The path and query of the page for `month` with the same group and source.
    public func path(for month: Month) -> String {
        var query: [String] = []
        if let group = series.group { query.append("group=" + PageLayout.urlComponent(group)) }
        if let producers = series.producers { query.append("producers=" + PageLayout.urlComponent(producers)) }
        if let source = series.source { query.append("source=" + PageLayout.urlComponent(source)) }
        if let product = series.product { query.append("product=" + PageLayout.urlComponent(product)) }
        return "/month/\(month)" + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
    }

    /// The picker: a GET form to `/month` (the server turns it into `/month/YYYY-MM?...`).
    func picker() -> String {
        var html = "<form class=\"picker\" method=\"get\" action=\"/month\" data-autosubmit=\"data-autosubmit\">\n"
        html += PageLayout.monthInput(name: "month", label: "Month", value: month.description)
        html += PageLayout.select(name: "group", label: "Group", options: Self.groups, selected: series.group)
        if let source = series.source {
            html += "<input type=\"hidden\" name=\"source\" value=\"\(PageLayout.escape(source))\"/>\n"
        }
        html += "<button type=\"submit\">Show</button>\n</form>\n"
        html +=
            "<p class=\"steps\">" + PageLayout.link(path(for: month.previous), "← \(month.previous)") + " "
            + PageLayout.link(path(for: month.yearAgo), "← \(month.yearAgo) (a year earlier)") + " "
            + PageLayout.link(path(for: month.adding(1)), "\(month.adding(1)) →") + "</p>\n"
        return html
    }

    /// The page's title.
    var title: String {
        let scope = series.group.map { group in MonthPage.groups.first { $0.value == group }?.label ?? group }
        return "Oil production in \(month)" + (scope.map { ", \($0)" } ?? "")
    }

    /// The page, from the database.
    public func html(in database: OilStatDatabase) throws -> String {
        var body = picker()
        let share = try ShareQuery(month: month, series: series).compute(in: database)
        body += "<h2>Production and shares</h2>\n"
        if share.entries.isEmpty {
            body += PageLayout.paragraph(
                "No figures for \(share.scope.name) in \(month) from \(share.selection.source.name).",
                className: "error")
        } else {
            body += PageLayout.chart(ChartData.shareChart(share, top: 15).svg())
            body += PageLayout.table(share.reportTable())
        }
        for (label, earlier) in [("the previous month", month.previous), ("a year earlier", month.yearAgo)] {
            body += "<h2>Change against \(label) (\(earlier))</h2>\n"
            let comparison = try CompareQuery(first: earlier, second: month, series: series).compute(in: database)
            if comparison.entries.contains(where: { $0.change != nil }) {
                body += PageLayout.chart(ChartData.changeChart(comparison).svg())
            }
            body += PageLayout.table(comparison.reportTable())
        }
        body +=
            "<p>Machine-readable: " + PageLayout.link(apiPath("/api/share"), "shares (JSON)") + ", "
            + PageLayout.link(apiPath("/api/share") + "&format=csv", "shares (CSV)") + ".</p>\n"
        return PageLayout.page(title: title, body: body)
    }

    /// The API path answering the same question.
    func apiPath(_ base: String) -> String {
        let page = path(for: month)
        let query = page.split(separator: "?", maxSplits: 1).dropFirst().first.map { "&" + $0 } ?? ""
        return "\(base)?month=\(month)" + query
    }
}
