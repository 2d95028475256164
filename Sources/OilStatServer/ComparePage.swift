import OilStatAnalysis
import OilStatCore
import OilStatReport

/// `/compare?from=&to=`: any two months side by side, with the change chart and a picker.
public struct ComparePage: Sendable {
    /// The comparison asked, or `nil` for the empty form.
    public var query: CompareQuery?
    /// The months the form shows by default.
    public var defaults: (first: Month, second: Month)

    /// The page for `query` (or the form alone), the form filled with `defaults` when no query is given.
    public init(query: CompareQuery?, defaults: (first: Month, second: Month)) {
        self.query = query
        self.defaults = defaults
    }

    /// The page, from the database.
    public func html(in database: OilStatDatabase) throws -> String {
        let first = query?.first ?? defaults.first
        let second = query?.second ?? defaults.second
        var body = "<form class=\"picker\" method=\"get\" action=\"/compare\">\n"
        body += PageLayout.monthInput(name: "from", label: "From", value: first.description)
        body += PageLayout.monthInput(name: "to", label: "To", value: second.description)
        body += PageLayout.select(
            name: "group", label: "Group", options: MonthPage.groups, selected: query?.series.group)
        body += "<button type=\"submit\">Compare</button>\n</form>\n"
        if let query {
            let comparison = try query.compute(in: database)
            if comparison.entries.contains(where: { $0.change != nil }) {
                body += PageLayout.chart(ChartData.changeChart(comparison).svg())
            }
            body += PageLayout.table(comparison.reportTable())
        } else {
            body += PageLayout.paragraph("Choose two months.")
        }
        return PageLayout.page(title: "Compare \(first) with \(second)", body: body)
    }
}
