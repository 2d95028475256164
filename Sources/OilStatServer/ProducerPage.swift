import OilStatAnalysis
import OilStatCore
import OilStatReport

/// `/producer/SA`: a producer's production as a chart and a table with its monthly and yearly changes, and its
/// share of the source's countries month by month.
public struct ProducerPage: Sendable {
    /// The producer as asked (code, alpha-3, name or alias).
    public var producer: String
    /// The period shown.
    public var period: PeriodQuery
    /// The source (default: the one with most figures for the producer in the period).
    public var source: String?

    /// The page for `producer` over `period`.
    public init(producer: String, period: PeriodQuery, source: String? = nil) {
        self.producer = producer
        self.period = period
        self.source = source
    }

    /// The page, from the database.
    public func html(in database: OilStatDatabase) throws -> String {
        let changes = try ChangesQuery(producer: producer, period: period, source: source).compute(in: database)
        let found = changes.producer
        let selection = changes.selection
        var body =
            "<form class=\"picker\" method=\"get\" action=\"/producer/\(PageLayout.urlComponent(found.code))\">\n"
        body += PageLayout.monthInput(name: "from", label: "From", value: period.first.description)
        body += PageLayout.monthInput(name: "to", label: "To", value: period.last.description)
        body += "<button type=\"submit\">Show</button>\n</form>\n"
        let history = try ProductionHistory.compute(
            producers: [found], from: period.first, to: period.last, sourceName: selection.source.name,
            productCode: selection.product.code, database: database)
        body += PageLayout.chart(ChartData.productionChart(history).svg())
        body += PageLayout.table(changes.reportTable())
        body += "<h2>Share of the producers this source lists</h2>\n"
        body += PageLayout.table(try shareTable(found, selection: selection, in: database))
        return PageLayout.page(title: "\(found.name) (\(found.code))", body: body)
    }

    /// The producer's share of the total of all producers of the selection's source, month by month.
    func shareTable(_ producer: Producer, selection: SeriesSelection, in database: OilStatDatabase) throws
        -> ReportTable
    {
        var rows: [[ReportValue]] = []
        for month in period.months {
            let share = try MarketShare.compute(
                month: month, scope: .world, selection: selection, base: .listed, database: database)
            let entry = share.entries.first { $0.producer.id == producer.id }
            let kbd: ReportValue = entry.map { .number($0.kbd) } ?? .missing
            let total: ReportValue = share.entries.isEmpty ? .missing : .number(share.total)
            let percent: ReportValue = entry?.sharePercent.map { .number($0) } ?? .missing
            rows.append([.text(month.description), kbd, total, percent, .number(Double(share.entries.count))])
        }
        return ReportTable(
            title: "\(producer.name): share of the producers \(selection.source.name) lists",
            columns: [
                ReportColumn(key: "month", heading: "Month"), ReportColumn(key: "kbd", heading: "kb/d"),
                ReportColumn(key: "total_kbd", heading: "Total kb/d"),
                ReportColumn(key: "share_pct", heading: "Share %", decimals: 2),
                ReportColumn(key: "producers", heading: "Producers"),
            ], rows: rows,
            notes: [
                "Source: \(selection.source.name); \(selection.product.name), kb/d. Base: the total of every "
                    + "producer with a figure from this source in the month (their count is shown); `..` = no figure."
            ])
    }
}
