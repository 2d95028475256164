import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OilStatCore
import OilStatReport
import Testing
@testable import OilStatAnalysis

/// The monthly report, its default month, and the chart inputs built from analysis results.
struct MonthlyReportTests {
    @Test func theDefaultMonthIsDecember2019WhenTheReutersSurveyCoversElevenCountries() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let choice = try ReportMonthChoice.choose(in: database)
        #expect(choice.month == Month("2019-12")!)
        #expect(choice.chosen == .init(month: Month("2019-12")!, source: "Reuters survey", countries: 11))
        #expect(choice.best.countries == 11)
        #expect(choice.threshold == 9)
        #expect(choice.later.map(\.month.description) == ["2024-01", "2024-02"])
        #expect(choice.later.allSatisfy { $0.source == "JODI" && $0.countries == 2 })
        #expect(choice.explanation.contains("covers 2019-12"))
        #expect(choice.explanation.contains("2024-02 (JODI, 2 countries)"))
    }

    @Test func aFullerLaterMonthBecomesTheDefaultAndASparseOneDoesNot() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let codes = ["SA", "IQ", "AE", "KW", "NG", "AO", "DZ", "EC", "CG", "GA"]
        // Three countries in 2025-01: fewer than 80% of 11, so 2019-12 stays.
        try AnalysisTestSupport.load("producer,month,value,unit,source\n"
            + codes.prefix(3).map { "\($0),2025-01,1000,kb/d,test survey\n" }.joined(), into: database)
        #expect(try ReportMonthChoice.choose(in: database).month == Month("2019-12")!)
        // Ten countries in 2025-02: at least 9, so the report moves to the newer month.
        try AnalysisTestSupport.load("producer,month,value,unit,source\n"
            + codes.map { "\($0),2025-02,1000,kb/d,test survey\n" }.joined(), into: database)
        let choice = try ReportMonthChoice.choose(in: database)
        #expect(choice.month == Month("2025-02")!)
        #expect(choice.chosen.source == "test survey")
        // Limited to a source, only its months count.
        #expect(try ReportMonthChoice.choose(in: database, sourceName: "news report").month == Month("2018-10")!)
    }

    @Test func theDefaultReportHasTheRealDecember2019Figures() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let report = try MonthlyReport.compute(month: nil, sourceName: nil, productCode: nil, database: database)
        #expect(report.month == Month("2019-12")!)
        #expect(report.choice != nil)
        #expect(report.selection.source.name == "Reuters survey")
        #expect(report.share.total == 25_550)
        #expect(report.share.entries.count == 11)
        #expect(report.opec?.entries.count == 11)
        #expect(report.opec?.missing.map(\.code) == ["IR", "LY", "VE"])
        #expect(report.nonOPEC == nil)
        #expect(report.publishedTotals.map(\.producer.code) == ["OPEC11-2018"])
        #expect(report.publishedTotals.first?.kbd == 25_550)
        // Against November: the like-for-like change of the 11 producers.
        #expect(report.previousMonth.matchedCount == 11)
        #expect(report.previousMonth.matchedAfter - report.previousMonth.matchedBefore == -55)
        // A year earlier the source has no figures: missing, not zero.
        #expect(report.yearEarlier.matchedCount == 0)
        #expect(report.yearEarlier.entries.allSatisfy { $0.before == nil })
        // Conformity with the December 2018 agreement: (26,840 − 25,550) / 814 = 158%.
        #expect(report.conformity.map(\.agreement.id) == ["opecplus-2018-12"])
        let opecSide = try #require(report.conformity.first?.conformity?.sides.first { $0.name == "OPEC" })
        #expect(opecSide.referenceKBD == 26_840 && opecSide.actualKBD == 25_550)
        #expect(String(format: "%.0f", opecSide.conformityPercent ?? 0) == "158")
    }

    @Test func theDocumentHasEverySectionAndItsChartsAndParsesAsXML() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let report = try MonthlyReport.compute(month: Month("2019-12")!, sourceName: nil, productCode: nil, database: database)
        let (document, charts) = report.document(fileStem: "report-2019-12")
        #expect(charts.map(\.fileName) == ["report-2019-12-share.svg", "report-2019-12-change-month.svg",
                                           "report-2019-12-conformity-opecplus-2018-12.svg"])
        let headings = document.sections.compactMap { section -> String? in
            if case .heading(let text) = section { return text }
            return nil
        }
        #expect(headings == ["Headlines", "Market shares", "Change from the previous month (2019-11)", "Change from a year earlier (2018-12)",
                             "Conformity: OPEC 175th Conference / 5th OPEC and non-OPEC Ministerial Meeting (7 Dec 2018)",
                             "Production over 24 months", "How this report was made", "Where each figure comes from"])
        let html = document.html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        let body = String(html.drop { $0 != "\n" })
        #expect(ReportXML.isWellFormed(body))
        for chart in charts { #expect(ReportXML.isWellFormed(chart.chart.svg)) }
        #expect(!html.contains("<script") && !html.contains(" src=") && !html.contains(" href=") && !html.contains("url("))
        #expect(html.contains("<h2>Sources</h2>"))
        #expect(html.contains("Reuters monthly survey of OPEC output"))
        let markdown = document.markdown()
        #expect(markdown.hasPrefix("# Oil production, December 2019\n"))
        for chart in charts { #expect(markdown.contains("](\(chart.fileName))")) }
        #expect(markdown.contains("- Against the year earlier (2018-12): no figures in Reuters survey for 2018-12, so no change is shown (missing, not zero)."))
        #expect(markdown.contains("158% on the OPEC side (11 participants with figures)"))
        #expect(markdown.contains("Data/README.md"))
    }

    @Test func aMonthWithoutAgreementsOrEarlierFiguresSaysSo() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let report = try MonthlyReport.compute(month: Month("2024-02")!, sourceName: nil, productCode: nil, database: database)
        #expect(report.selection.source.name == "JODI")
        #expect(report.agreements.isEmpty)
        let markdown = report.document(fileStem: "r").report.markdown()
        #expect(markdown.contains("No production agreement is in force in 2024-02"))
        #expect(markdown.contains("JODI has no figures for 2023-02"))
        #expect(markdown.contains("Against the previous month (2024-01): +603 kb/d (+2.81%) for the 2 producers with figures in both months"))
    }

    @Test func aMonthWithNoFiguresNamesTheNearestMonths() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        #expect(throws: OilStatError(message: "no production figures for 2020-05 from any source; nearest months with data: 2019-12 and 2024-01")) {
            try MonthlyReport.compute(month: Month("2020-05")!, sourceName: nil, productCode: nil, database: database)
        }
    }

    @Test func notesGroupWhenTheyDifferOnlyByTheRestatedValue() {
        #expect(MonthlyReport.plainNote("3.040 mb/d; Reuters survey of Dec 2019 output") == "Reuters survey of Dec 2019 output")
        #expect(MonthlyReport.plainNote("25.550 mb/d, OPEC-11 of the Dec 2018 agreement; Reuters") == "25.550 mb/d, OPEC-11 of the Dec 2018 agreement; Reuters")
        #expect(MonthlyReport.plainNote("  plain note ") == "plain note")
    }

    @Test func productionHistoryReadsOneSourceAndNamesTheOthers() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let producers = try ["SA", "RU", "US"].map { try database.producer(matching: $0) }
        let history = try ProductionHistory.compute(producers: producers, from: Month("2016-01")!, to: Month("2020-12")!,
                                                    sourceName: nil, productCode: nil, database: database)
        #expect(history.selection.source.name == "OPEC MOMR secondary sources")
        #expect(history.selection.sourceWasDefaulted)
        #expect(history.months.count == 60)
        #expect(history.producersWithoutFigures.map(\.code) == ["RU", "US"])
        #expect(history.values[0][Month("2016-12")!.index - Month("2016-01")!.index] == 10_474)
        #expect(history.values[0][0] == nil)
        #expect(history.alternatives.contains(.init(source: "news report", product: "CRUDEOIL", figures: 3, producers: 3)))
        let chart = ChartData.productionChart(history)
        #expect(chart.series.map(\.name) == ["Saudi Arabia (SA)", "Russia (RU): no figures", "United States (US): no figures"])
        #expect(chart.source.hasPrefix("Source: OPEC MOMR secondary sources; Crude oil (CRUDEOIL), kb/d. Chosen as the source with the most figures"))
        #expect(chart.xLabels.first == "2016-01" && chart.xLabels.last == "2020-12")

        let news = try ProductionHistory.compute(producers: producers, from: Month("2018-01")!, to: Month("2018-12")!,
                                                 sourceName: "news report", productCode: nil, database: database)
        #expect(news.values.map { $0.compactMap { $0 } } == [[10_700], [11_400], [11_400]])
        #expect(!news.selection.sourceWasDefaulted)
    }

    @Test func shareAndConformityChartsOrderTheirBars() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let month = Month("2019-12")!
        let selection = try SeriesSelection.resolve(in: database, months: [month], sourceName: nil, productCode: nil)
        let share = try MarketShare.compute(month: month, scope: .world, selection: selection, database: database)
        let bars = ChartData.shareChart(share, top: 3)
        #expect(bars.bars.map(\.label) == ["Saudi Arabia (SA)", "Iraq (IQ)", "United Arab Emirates (AE)", "Others (8)"])
        #expect(bars.bars.compactMap(\.value).reduce(0, +) > 99.99)

        let agreement = try AgreementResolver(database: database).agreement(matching: "opecplus-2018-12")
        let conformity = try Conformity.compute(agreement: agreement, months: [month], selection: selection, database: database)
        let chart = ChartData.conformityChart(conformity)
        #expect(chart.referenceLine?.value == 100)
        #expect(chart.bars.first?.label == "Angola (AO)")
        #expect(chart.bars.last?.label == "OPEC total (11)")
        #expect(chart.bars.first { $0.label == "Russia (RU)" }?.value == nil)
        #expect(!chart.bars.contains { $0.label.hasPrefix("Iran") })
        #expect(chart.source.contains("Exempt, not shown: Iran, Libya, Venezuela."))
    }
}

/// Well-formedness checks with Foundation's XML parser.
enum ReportXML {
    static func isWellFormed(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }
}
