import OilStatCore
import OilStatReport

extension MonthlyReport {
    /// The report as an `HTMLReport` (which renders as HTML and as Markdown) and the chart files it refers to.
    ///
    /// - Parameter fileStem: the start of each chart file's name, e.g. `report-2019-12` gives
    ///   `report-2019-12-share.svg`; the Markdown file links to them by that name, so they go beside it.
    public func document(fileStem: String) -> (report: HTMLReport, charts: [ChartFile]) {
        let source = selection.source.name
        let monthName = Self.monthName(month)
        var report = HTMLReport(title: "Oil production, \(monthName)")
        var charts: [ChartFile] = []
        func chart(_ name: String, title: String, svg: String, caption: String = "") -> ReportChart {
            let file = "\(fileStem)-\(name).svg"
            let chart = ReportChart(title: title, svg: svg, file: file, caption: caption)
            charts.append(ChartFile(fileName: file, chart: chart))
            return chart
        }

        report.addParagraph(
            "\(selection.product.name) production by country in \(monthName), in thousand barrels per day (kb/d). "
                + "Source: \(source), with figures for \(share.entries.count) "
                + "countr\(share.entries.count == 1 ? "y" : "ies") this month. "
                + "Every figure comes from this one source; figures from different sources are never mixed. "
                + "\"..\" marks a missing figure, which is never counted as zero.")
        if let choice { report.addParagraph(choice.explanation) }

        report.addHeading("Headlines")
        report.addFacts(headlines())

        report.addHeading("Market shares")
        report.addParagraph("Shares of \(share.baseDescription) (base: --of \(share.base.name)).")
        // Shares of all the source's countries: "Of all %" would repeat "Share %".
        report.addTable(
            share.reportTable().selecting([
                ("rank", nil), ("producer", nil), ("name", nil), ("kbd", nil), ("share_pct", nil),
            ]))
        let shareChart = ChartData.shareChart(share, top: share.entries.count > Self.shareBars ? Self.shareBars : nil)
        report.addChart(chart("share", title: shareChart.title, svg: shareChart.svg()))

        report.addHeading("Change from the previous month (\(previousMonth.first))")
        addComparison(previousMonth, to: &report) { comparison in
            let changeChart = ChartData.changeChart(comparison)
            return chart("change-month", title: changeChart.title, svg: changeChart.svg())
        }

        report.addHeading("Change from a year earlier (\(yearEarlier.first))")
        addComparison(yearEarlier, to: &report) { comparison in
            let changeChart = ChartData.changeChart(comparison)
            return chart("change-year", title: changeChart.title, svg: changeChart.svg())
        }

        if agreements.isEmpty {
            report.addHeading("OPEC+ conformity")
            report.addParagraph(
                "No production agreement is in force in \(month) in the database (see oilstat agreements), so there "
                    + "is no conformity to show."
            )
        }
        for section in conformity {
            report.addHeading("Conformity: \(section.agreement.name)")
            section.add(to: &report) { name, title, svg in chart(name, title: title, svg: svg) }
        }

        report.addHeading("Production over \(Self.historyMonths) months")
        let monthsWithData = history.months.indices.filter { index in history.values.contains { $0[index] != nil } }
        if monthsWithData.count >= 3 {
            let lines = ChartData.productionChart(history)
            report.addParagraph(
                "The \(history.producers.count) largest producers of \(month), \(history.months.first!) to \(month) "
                    + "(source: \(source)). "
                    + "Months without a figure break the lines.")
            report.addChart(chart("production", title: lines.title, svg: lines.svg()))
        } else {
            let list = monthsWithData.map { history.months[$0].description }
            report.addParagraph(
                "\(source) has figures for these producers in only \(list.count) of the \(Self.historyMonths) months "
                    + "to \(month)"
                    + (list.isEmpty ? "" : " (\(list.joined(separator: ", ")))")
                    + ", too few for a line chart; the tables above show them. "
                    + "The command oilstat chart production --producers "
                    + ShellArgument.quoted(history.producers.map(\.code).joined(separator: ","))
                    + " --from YYYY-MM --to YYYY-MM draws one for any period.")
        }

        report.addHeading("How this report was made")
        report.addFacts(methodNotes())

        report.addHeading("Where each figure comes from")
        report.addParagraph(
            "Every figure above is from \(selection.source.name). The notes stored with the figures, month by month "
                + "(identical notes grouped; a leading restatement of the value in the published unit is left out):")
        if !figureNotes.isEmpty { report.addFacts(figureNoteLines()) }
        report.addParagraph(
            "Data/README.md describes where each bundled figure, group membership and agreement quota comes from; "
                + "oilstat sources lists every source with the months it covers.")
        report.addSources(sources())
        return (report, charts)
    }

    /// One comparison: the table and a chart, or a sentence when the earlier month has no figures at all.
    private func addComparison(
        _ comparison: MonthComparison, to report: inout HTMLReport, chart: (MonthComparison) -> ReportChart
    ) {
        let earlierCount = comparison.entries.filter { $0.before != nil }.count
        if earlierCount == 0 {
            report.addParagraph(
                "\(selection.source.name) has no figures for \(comparison.first), so no change against "
                    + "\(comparison.first) can be shown: "
                    + "the figures are missing, not zero."
                    + nearestNote(around: comparison.first))
            return
        }
        report.addTable(
            comparison.reportTable().selecting([
                ("producer", nil), ("name", nil), ("kbd_\(comparison.first)", nil), ("kbd_\(comparison.second)", nil),
                ("change_kbd", nil), ("change_pct", nil), ("share_change_pp", "Share change pp"),
            ]))
        if comparison.matchedCount > 0 {
            report.addChart(chart(comparison))
        }
    }

    /// " The nearest months with figures from this source: 2017-11 and 2019-11." or "".
    private func nearestNote(around month: Month) -> String {
        let before = sourceMonths.last { $0 < month }
        let after = sourceMonths.first { $0 > month }
        let list = [before, after].compactMap { $0?.description }
        return list.isEmpty
            ? "" : " The nearest months with figures from this source: \(list.joined(separator: " and "))."
    }

    /// The headline facts.
    func headlines() -> [String] {
        var facts: [String] = []
        let source = selection.source.name
        facts.append(
            "\(source) has figures for \(share.entries.count) countr\(share.entries.count == 1 ? "y" : "ies") in "
                + "\(Self.monthName(month)): "
                + "\(NumberText.grouped(share.total)) kb/d together.")
        let leaders = share.entries.prefix(3)
        if share.entries.count > 1 {
            let list = leaders.map {
                "\($0.producer.name) \(NumberText.grouped($0.kbd)) kb/d "
                    + "(\($0.sharePercent.map { NumberText.fixed($0, decimals: 1) } ?? "..")%)"
            }
            var text = "Largest: " + list.joined(separator: ", ")
            if leaders.count == 3 && share.entries.count > 3, let top = share.topShare(3) {
                text += "; together \(NumberText.fixed(top, decimals: 1))% of \(share.baseDescription)"
            }
            facts.append(text + ".")
        }
        if let opec {
            var text =
                "OPEC (members as of \(month)): \(opec.entries.count) with figures, "
                + "\(NumberText.grouped(opec.total)) kb/d"
            if nonOPEC != nil, let covered = MarketShare.percent(opec.total, of: share.countryTotal) {
                text += ", \(NumberText.fixed(covered, decimals: 1))% of the countries covered"
            }
            if !opec.missing.isEmpty {
                text += "; no figure for \(opec.missing.map(\.name).sorted().joined(separator: ", "))"
            }
            facts.append(text + ".")
        }
        if let nonOPEC {
            facts.append(
                "Non-OPEC: \(nonOPEC.entries.count) countr\(nonOPEC.entries.count == 1 ? "y" : "ies") with "
                    + "figures, \(NumberText.grouped(nonOPEC.total)) kb/d.")
        }
        for total in publishedTotals {
            facts.append("The source's own total for \(total.producer.name): \(NumberText.grouped(total.kbd)) kb/d.")
        }
        facts.append(changeFact(previousMonth, label: "previous month"))
        facts.append(changeFact(yearEarlier, label: "year earlier"))
        for section in conformity {
            if let fact = section.headline { facts.append(fact) }
        }
        return facts
    }

    /// "From 2019-11: −55 kb/d (−0.21%) for the 11 producers with figures in both months; …"
    private func changeFact(_ comparison: MonthComparison, label: String) -> String {
        guard comparison.matchedCount > 0 else {
            if comparison.entries.contains(where: { $0.before != nil }) {
                return
                    "Against the \(label) (\(comparison.first)): no producer has a figure in \(selection.source.name) "
                    + "in both months, so no change is shown (missing, not zero)."
            }
            return
                "Against the \(label) (\(comparison.first)): no figures in \(selection.source.name) for "
                + "\(comparison.first), so no change is shown (missing, not zero)."
        }
        let change = comparison.matchedAfter - comparison.matchedBefore
        var text = "Against the \(label) (\(comparison.first)): \(Self.signed(change)) kb/d"
        if comparison.matchedBefore != 0 {
            text += " (\(Self.signed(change / comparison.matchedBefore * 100, decimals: 2))%)"
        }
        text +=
            " for the \(comparison.matchedCount) producer\(comparison.matchedCount == 1 ? "" : "s") with figures in "
            + "both months"
        let changes =
            comparison.matchedCount > 1
            ? comparison.entries.compactMap { entry in entry.change.map { (entry.producer, $0) } } : []
        if let rise = changes.max(by: { $0.1 < $1.1 }), rise.1 > 0 {
            text += "; largest rise \(rise.0.name) \(Self.signed(rise.1))"
        }
        if let fall = changes.min(by: { $0.1 < $1.1 }), fall.1 < 0 {
            text += "; largest fall \(fall.0.name) \(Self.signed(fall.1))"
        }
        let unmatched = comparison.entries.filter { $0.change == nil }.count
        if unmatched > 0 {
            text +=
                "; \(unmatched) producer\(unmatched == 1 ? "" : "s") without a figure in one of the months not compared"
        }
        return text + "."
    }

    /// How the numbers were made.
    func methodNotes() -> [String] {
        var notes = [
            selection.note + ".",
            "Market shares are of \(share.baseDescription) (--of \(share.base.name): a world total when the source "
                + "publishes one for the month, else the countries it lists); group totals (aggregates such as "
                + "Total OPEC) never enter a sum.",
            "Share changes against earlier months are like for like: of the producers with figures in both months.",
            "Changes compare the same source in both months, like for like: a producer missing in either month is "
                + "shown as \"..\" and left out of the totals.",
            "The tables here show the main columns; the command line gives every column (e.g. shares of each month in "
                + "oilstat compare).",
            "OPEC membership is taken as of \(month) (OilStat's dated membership table; see oilstat groups --month "
                + "\(month)).",
        ]
        if !conformity.isEmpty {
            notes.append(
                "Conformity = (reference production − actual production) ÷ agreed cut, per participant; 100% means "
                    + "the cut was met exactly, over 100% that production was cut more. Exempt participants are "
                    + "listed but not counted."
            )
        }
        let source = ShellArgument.quoted(selection.source.name)
        notes.append(
            "Reproduce the tables with the command line, e.g. "
                + "oilstat share --month \(month) --source \(source), "
                + "oilstat compare \(month.previous) \(month) --source \(source)"
                + (conformity.isEmpty ? "" : " and oilstat conformity") + ".")
        return notes
    }

    /// The notes of the figures used, one line per month and note: "2019-12, Algeria, Angola, … (10 figures): note".
    func figureNoteLines() -> [String] {
        figureNotes.map { note in
            let count = note.producers.count
            return
                "\(note.month), \(note.producers.joined(separator: ", "))\(count > 1 ? " (\(count) figures)" : ""): "
                + "\(note.note)"
        }
    }

    /// The sources cited: the figures' source, the agreements, and the bundled data's README.
    func sources() -> [ReportSource] {
        var list = [ReportSource(name: selection.source.name, detail: selection.source.description)]
        for agreement in agreements where !agreement.source.isEmpty {
            list.append(ReportSource(name: agreement.name, detail: agreement.source))
        }
        list.append(
            ReportSource(
                name: "OilStat bundled data",
                detail:
                    "Data/README.md in the OilStat repository says where each bundled figure, membership and quota "
                    + "comes from."
            ))
        return list
    }

    /// `December 2019`.
    static func monthName(_ month: Month) -> String {
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return "\(names[month.month - 1]) \(month.year)"
    }

    /// `+150`, `−55` (with a true minus sign), `0`.
    static func signed(_ value: Double, decimals: Int = 0) -> String {
        let text = decimals == 0 ? NumberText.grouped(abs(value)) : NumberText.fixed(abs(value), decimals: decimals)
        let zero = text.allSatisfy { $0 == "0" || $0 == "." || $0 == "," }
        return zero ? text : (value < 0 ? "−" : "+") + text
    }
}
