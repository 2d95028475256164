import OilStatAnalysis
import OilStatCore
import OilStatReport

/// `/agreement/ID`: an agreement's phases, each participant's conformity month by month as a heat-map table,
/// and the conformity chart over the months shown (the figures of `oilstat conformity`).
public struct AgreementPage: Sendable {
    /// The agreement as asked (id or name).
    public var agreement: String
    /// The last month with data (the heat map stops there).
    public var latest: Month
    /// The source of actual production (default: ``OilStatAnalysis/Conformity/defaultSource``).
    public var source: String?

    /// The most months the heat map shows (the last ones of the agreement).
    public static let maximumMonths = 36

    /// The page for `agreement`, up to `latest`.
    public init(agreement: String, latest: Month, source: String? = nil) {
        self.agreement = agreement
        self.latest = latest
        self.source = source
    }

    /// The page, from the database.
    public func html(in database: OilStatDatabase) throws -> String {
        let resolver = AgreementResolver(database: database)
        let found = try resolver.agreement(matching: agreement)
        var body = PageLayout.paragraph(found.description)
        body += PageLayout.paragraph("Source of the quotas: \(found.source)", className: "note")
        body += "<h2>Phases</h2>\n" + PageLayout.table(try phasesTable(resolver.phases(of: found)))
        guard let first = Month(found.fromMonth), let end = Month(found.toMonth) else {
            return PageLayout.page(title: found.name, body: body)
        }
        let last = min(end, latest)
        guard first <= last else {
            body += PageLayout.paragraph("No month of the agreement has figures yet.")
            return PageLayout.page(title: found.name, body: body)
        }
        let months = Array(Month.range(first, last).suffix(Self.maximumMonths))
        var columns: [Month: Conformity] = [:]
        var reasons: [String] = []
        for month in months {
            do {
                columns[month] = try ConformityQuery(agreement: found.id, months: [month], source: source)
                    .compute(in: database).conformity
            } catch let error as OilStatError {
                reasons.append("\(month): \(error.message)")
            }
        }
        body += "<h2>Conformity by month (%)</h2>\n" + heatMap(months: months, columns: columns)
        if !reasons.isEmpty {
            body += PageLayout.paragraph("Months without a result: " + reasons.joined(separator: "; "))
        }
        if let average = try? ConformityQuery(
            agreement: found.id, months: months.filter { columns[$0] != nil }, source: source
        ).compute(in: database).conformity, !average.months.isEmpty {
            body += "<h2>Conformity over the months shown</h2>\n"
            body += PageLayout.chart(ChartData.conformityChart(average).svg())
        }
        return PageLayout.page(title: found.name, body: body)
    }

    /// The phases as a table.
    func phasesTable(_ phases: [AgreementPhase]) -> ReportTable {
        ReportTable(
            title: "Phases",
            columns: [
                ReportColumn(key: "phase", heading: "Phase"), ReportColumn(key: "from", heading: "From"),
                ReportColumn(key: "to", heading: "To"),
                ReportColumn(key: "total_adjustment_kbd", heading: "Total adjustment (kb/d)", signed: true),
                ReportColumn(key: "note", heading: "Note"),
            ],
            rows: phases.map {
                [
                    .text($0.phase), .text($0.fromMonth), .text($0.toMonth),
                    $0.totalAdjustmentKBD.map(ReportValue.number) ?? .missing, .text($0.note),
                ]
            })
    }

    /// Participants down, months across, each cell the conformity % coloured by band (≥ 100, 50–100, < 50).
    func heatMap(months: [Month], columns: [Month: Conformity]) -> String {
        var producers: [Producer] = []
        for month in months {
            for line in columns[month]?.lines ?? [] where !producers.contains(line.producer) {
                producers.append(line.producer)
            }
        }
        var html =
            "<section class=\"table\"><table class=\"heat\">\n<caption>Conformity % by participant "
            + "(actual cut ÷ required cut; source: "
            + PageLayout.escape(columns.values.first?.selection.source.name ?? "..") + ")"
            + "</caption>\n<thead><tr><th>Participant</th>"
        html += months.map { "<th class=\"num\">\($0.shortLabel)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for producer in producers {
            html += "<tr><th>\(PageLayout.escape(producer.name))</th>"
            for month in months {
                let line = columns[month]?.lines.first { $0.producer == producer }
                html += Self.cell(line?.isCounted == true ? line?.conformityPercent : nil)
            }
            html += "</tr>\n"
        }
        html += "<tr><th>All counted</th>"
        html += months.map { Self.cell(columns[$0]?.all.conformityPercent) }.joined() + "</tr>\n"
        return html + "</tbody>\n</table>\n<p class=\"note\">`..` = no figure, exempt or no quota. Green ≥ 100%, "
            + "yellow 50–100%, red &lt; 50%.</p></section>\n"
    }

    /// One heat-map cell.
    static func cell(_ percent: Double?) -> String {
        guard let percent else { return "<td class=\"heat missing\">..</td>" }
        let band = percent >= 100 ? "heat-high" : percent >= 50 ? "heat-mid" : "heat-low"
        return "<td class=\"heat \(band)\">\(NumberText.fixed(percent, decimals: 0))</td>"
    }
}
