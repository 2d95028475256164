import Foundation
import OilStatCore
import OilStatReport
import Testing

@testable import OilStatAnalysis

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The monthly report, its default month, and the chart inputs built from analysis results.
struct MonthlyReportTests {
    @Test func theDefaultMonthIsApril2023WhenTheReutersSurveyCoversThirteenCountriesAndMarch() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let choice = try ReportMonthChoice.choose(in: database)
        // The Reuters tables of Mar and Apr 2023 have the 13 members; the best month holds 14 (Nov 2017 on).
        #expect(choice.month == Month("2023-04")!)
        #expect(choice.chosen == .init(month: Month("2023-04")!, source: "Reuters survey", countries: 13))
        #expect(choice.previousMonthCovered)
        // The best month holds 14 (the first such table is Nov 2017); 80% of 14 rounds up to 12.
        #expect(choice.best == .init(month: Month("2017-11")!, source: "Reuters survey", countries: 14))
        #expect(choice.threshold == 12)
        #expect(
            choice.later == [
                .init(month: Month("2024-08")!, source: "EIA", countries: 1),
                .init(month: Month("2024-10")!, source: "EIA", countries: 1),
                .init(month: Month("2025-06")!, source: "EIA", countries: 1),
            ])
        #expect(choice.explanation.contains("covers 2023-04"))
        #expect(choice.explanation.contains("and also covers the month before, so that the change can be shown"))
        #expect(choice.explanation.contains("the most in any month is 14 (Reuters survey, 2017-11)"))
        #expect(
            choice.explanation.contains(
                "Later months have figures for fewer countries: 2024-08 (EIA, 1 country), 2024-10 (EIA, 1 country), 2025-06 (EIA, 1 country)."
            ))
        // Limited to the Reuters survey, 2023-04 too; its Oct 2020 table (13 members, no Sep 2020) is not chosen.
        let reuters = try ReportMonthChoice.choose(in: database, sourceName: "Reuters survey")
        #expect(reuters.month == Month("2023-04")!)
    }

    @Test func aFullerLaterMonthWithItsPreviousMonthBecomesTheDefaultAndASparseOneDoesNot() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let codes = ["SA", "IQ", "AE", "KW", "NG", "AO", "DZ", "EC", "CG", "GA", "IR", "LY"]
        // Three countries in 2025-01: fewer than 80% of 14 (12), so 2023-04 stays.
        try AnalysisTestSupport.load(
            "producer,month,value,unit,source\n"
                + codes.prefix(3).map { "\($0),2025-01,1000,kb/d,test survey\n" }.joined(), into: database)
        #expect(try ReportMonthChoice.choose(in: database).month == Month("2023-04")!)
        // Twelve countries in 2025-02, but its previous month has only 3 (fewer than half of 12): 2023-04 still wins,
        // because it has its previous month.
        try AnalysisTestSupport.load(
            "producer,month,value,unit,source\n"
                + codes.map { "\($0),2025-02,1000,kb/d,test survey\n" }.joined(), into: database)
        #expect(try ReportMonthChoice.choose(in: database).month == Month("2023-04")!)
        // Six countries in 2025-01 (half of 12): the newer, fuller month now has its previous month and becomes the default.
        try AnalysisTestSupport.load(
            "producer,month,value,unit,source\n"
                + codes.dropFirst(3).prefix(3).map { "\($0),2025-01,1000,kb/d,test survey\n" }.joined(), into: database)
        let choice = try ReportMonthChoice.choose(in: database)
        #expect(choice.month == Month("2025-02")!)
        #expect(choice.chosen == .init(month: Month("2025-02")!, source: "test survey", countries: 12))
        #expect(choice.previousMonthCovered)
        // Limited to a source, only its months count.
        #expect(try ReportMonthChoice.choose(in: database, sourceName: "news report").month == Month("2018-10")!)
    }

    @Test func theDefaultReportHasTheRealApril2023FiguresAndReutersCompliance() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let report = try MonthlyReport.compute(month: nil, sourceName: nil, productCode: nil, database: database)
        #expect(report.month == Month("2023-04")!)
        #expect(report.choice != nil)
        #expect(report.selection.source.name == "Reuters survey")
        // The Reuters April 2023 table: 13 members, TOTAL OPEC 13 28.62 mb/d (Saudi Arabia 10.43), down 190,000 bpd
        // on March as revised in the same table.
        #expect(report.share.total == 28_620)
        #expect(report.share.entries.first?.producer.code == "SA" && report.share.entries.first?.kbd == 10_430)
        #expect(report.previousMonth.matchedAfter - report.previousMonth.matchedBefore == -190)
        // The agreement in force is the Oct 2022 cut: Reuters' "compliance 194" for the 10 OPEC members bound by it
        // (https://www.dailymail.co.uk/wires/reuters/article-12037245/TABLE-OPEC-oil-output-falls-190-000-bpd-April--Reuters-survey.html);
        // the non-OPEC side (Russia) has no figure in the survey.
        #expect(report.conformity.map(\.agreement.id) == ["opecplus-2022-10"])
        let conformity = try #require(report.conformity.first?.conformity)
        let opecSide = try #require(conformity.sides.first { $0.name == "OPEC" })
        #expect(opecSide.referenceKBD == 26_689 && opecSide.actualKBD == 24_220 && opecSide.requiredCut == 1_273)
        #expect(String(format: "%.0f", opecSide.conformityPercent ?? 0) == "194")
        #expect(conformity.lines.first { $0.producer.code == "RU" }?.status == .noFigure(months: [Month("2023-04")!]))
    }

    @Test func theJanuary2020ReportHasTheRealFigures() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let report = try MonthlyReport.compute(
            month: Month("2020-01")!, sourceName: nil, productCode: nil, database: database)
        #expect(report.month == Month("2020-01")!)
        #expect(report.selection.source.name == "Reuters survey")
        // The Reuters January 2020 table: 13 members, TOTAL OPEC 13 28.35 mb/d (Saudi Arabia 9.72).
        #expect(report.share.total == 28_350)
        #expect(report.share.entries.count == 13)
        #expect(report.share.entries.first?.producer.code == "SA" && report.share.entries.first?.kbd == 9_720)
        #expect(report.opec?.entries.count == 13)
        // Ecuador left OPEC at the end of 2019, so every member of 2020-01 has a figure.
        #expect(report.opec?.missing.map(\.code) == [])
        #expect(report.nonOPEC == nil)
        // The table's TOTAL OPEC 13 and TOTAL OPEC 10 (the members with cuts under the Dec 2019 deepening).
        #expect(Set(report.publishedTotals.map(\.producer.code)) == ["OPEC", "OPEC10-2019"])
        #expect(report.publishedTotals.first { $0.producer.code == "OPEC" }?.kbd == 28_350)
        // Against December: the like-for-like change of the 13 producers, the published "plunges by 640,000 bpd".
        #expect(report.previousMonth.matchedCount == 13)
        #expect(report.previousMonth.matchedBefore == 28_990 && report.previousMonth.matchedAfter == 28_350)
        #expect(report.previousMonth.matchedAfter - report.previousMonth.matchedBefore == -640)
        // A year earlier the source has no figures: missing, not zero.
        #expect(report.yearEarlier.matchedCount == 0)
        #expect(report.yearEarlier.entries.allSatisfy { $0.before == nil })
        // Conformity with the December 2018 agreement, Ecuador gone: OPEC-10 reference 26,316 (as Reuters published),
        // output 24,760 (the table's TOTAL OPEC 10), required cut 814 − 16 = 798: (26,316 − 24,760) / 798 = 195%.
        // And with the December 2019 deepening, the ten members' total pledged cuts of Reuters' Jan 2020 table:
        // (26,316 − 24,760) / 1,170 = 133%, Reuters' own "133% compliance".
        #expect(report.conformity.map(\.agreement.id) == ["opecplus-2018-12", "opecplus-2019-12"])
        let opecSide = try #require(report.conformity.first?.conformity?.sides.first { $0.name == "OPEC" })
        #expect(opecSide.referenceKBD == 26_316 && opecSide.actualKBD == 24_760 && opecSide.requiredCut == 798)
        #expect(opecSide.counted == 10)
        #expect(String(format: "%.0f", opecSide.conformityPercent ?? 0) == "195")
        let deepening = try #require(report.conformity.last?.conformity?.sides.first { $0.name == "OPEC" })
        #expect(deepening.referenceKBD == 26_316 && deepening.actualKBD == 24_760 && deepening.requiredCut == 1_170)
        #expect(String(format: "%.0f", deepening.conformityPercent ?? 0) == "133")
    }

    @Test func theDocumentHasEverySectionAndItsChartsAndParsesAsXML() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let report = try MonthlyReport.compute(
            month: Month("2019-12")!, sourceName: nil, productCode: nil, database: database)
        let (document, charts) = report.document(fileStem: "report-2019-12")
        #expect(
            charts.map(\.fileName) == [
                "report-2019-12-share.svg", "report-2019-12-change-month.svg",
                "report-2019-12-conformity-opecplus-2018-12.svg", "report-2019-12-production.svg",
            ])
        let headings = document.sections.compactMap { section -> String? in
            if case .heading(let text) = section { return text }
            return nil
        }
        #expect(
            headings == [
                "Headlines", "Market shares", "Change from the previous month (2019-11)",
                "Change from a year earlier (2018-12)",
                "Conformity: OPEC 175th Conference / 5th OPEC and non-OPEC Ministerial Meeting (7 Dec 2018)",
                "Production over 24 months", "How this report was made", "Where each figure comes from",
            ])
        let html = document.html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        let body = String(html.drop { $0 != "\n" })
        #expect(ReportXML.isWellFormed(body))
        for chart in charts { #expect(ReportXML.isWellFormed(chart.chart.svg)) }
        #expect(
            !html.contains("<script") && !html.contains(" src=") && !html.contains(" href=") && !html.contains("url("))
        #expect(html.contains("<h2>Sources</h2>"))
        #expect(html.contains("Reuters monthly survey of OPEC output"))
        let markdown = document.markdown()
        #expect(markdown.hasPrefix("# Oil production, December 2019\n"))
        for chart in charts { #expect(markdown.contains("](\(chart.fileName))")) }
        #expect(
            markdown.contains(
                "- Against the year earlier (2018-12): no figures in Reuters survey for 2018-12, so no change is shown (missing, not zero)."
            ))
        #expect(markdown.contains("158% on the OPEC side (11 participants with figures)"))
        #expect(markdown.contains("Data/README.md"))
    }

    @Test func aMonthWithoutAgreementsOrEarlierFiguresSaysSo() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let report = try MonthlyReport.compute(
            month: Month("2024-02")!, sourceName: nil, productCode: nil, database: database)
        #expect(report.selection.source.name == "JODI")
        // The 2024 levels and the voluntary cuts are in force, but without references: no conformity.
        #expect(Set(report.agreements.map(\.id)) == ["opecplus-2023-06", "voluntary-2023-11"])
        let markdown = report.document(fileStem: "r").report.markdown()
        #expect(markdown.contains("so conformity cannot be measured"))
        #expect(markdown.contains("JODI has no figures for 2023-02"))
        // Before the first agreement (May 2016, the Reuters survey): none in force.
        let early = try MonthlyReport.compute(
            month: Month("2016-05")!, sourceName: nil, productCode: nil, database: database)
        #expect(early.agreements.isEmpty)
        #expect(
            early.document(fileStem: "r").report.markdown().contains("No production agreement is in force in 2016-05"))
        #expect(
            markdown.contains(
                "Against the previous month (2024-01): +603 kb/d (+2.81%) for the 2 producers with figures in both months"
            ))
    }

    @Test func aMonthWithNoFiguresNamesTheNearestMonths() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        // No source has a figure for Feb or Mar 2020; the Reuters survey has Jan 2020 and Apr 2020 (Saudi Arabia).
        #expect(
            throws: OilStatError(
                message:
                    "no production figures for 2020-02 from any source; nearest months with data: 2020-01 and 2020-04")
        ) {
            try MonthlyReport.compute(month: Month("2020-02")!, sourceName: nil, productCode: nil, database: database)
        }
    }

    @Test func notesGroupWhenTheyDifferOnlyByTheRestatedValue() {
        #expect(
            MonthlyReport.plainNote("3.040 mb/d; Reuters survey of Dec 2019 output")
                == "Reuters survey of Dec 2019 output")
        #expect(
            MonthlyReport.plainNote("25.550 mb/d, OPEC-11 of the Dec 2018 agreement; Reuters")
                == "25.550 mb/d, OPEC-11 of the Dec 2018 agreement; Reuters")
        #expect(MonthlyReport.plainNote("  plain note ") == "plain note")
    }

    @Test func productionHistoryReadsOneSourceAndNamesTheOthers() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let producers = try ["SA", "RU", "US"].map { try database.producer(matching: $0) }
        let history = try ProductionHistory.compute(
            producers: producers, from: Month("2016-01")!, to: Month("2020-12")!,
            sourceName: nil, productCode: nil, database: database)
        // The Reuters survey has 14 Saudi figures in 2016-2020, the MOMR secondary sources 11.
        #expect(history.selection.source.name == "Reuters survey")
        #expect(history.selection.sourceWasDefaulted)
        #expect(history.months.count == 60)
        #expect(history.producersWithoutFigures.map(\.code) == ["RU", "US"])
        func saudi(_ month: String) -> Double? { history.values[0][Month(month)!.index - Month("2016-01")!.index] }
        #expect(saudi("2017-11") == 10_000 && saudi("2020-01") == 9_720)
        #expect(history.values[0].compactMap { $0 }.count == 14)
        // The MOMR's 10,474 for Dec 2016 is from another source: never mixed in.
        #expect(saudi("2016-12") == nil)
        #expect(history.values[0][0] == nil)
        #expect(
            history.alternatives.contains(.init(source: "news report", product: "CRUDEOIL", figures: 3, producers: 3)))
        #expect(
            history.alternatives.contains(
                .init(source: "OPEC MOMR secondary sources", product: "CRUDEOIL", figures: 11, producers: 1)))
        let chart = ChartData.productionChart(history)
        #expect(
            chart.series.map(\.name) == [
                "Saudi Arabia (SA)", "Russia (RU): no figures", "United States (US): no figures",
            ])
        #expect(
            chart.source.hasPrefix(
                "Source: Reuters survey; Crude oil (CRUDEOIL), kb/d. Chosen as the source with the most figures for these producers in the period (14)"
            ))
        #expect(chart.xLabels.first == "2016-01" && chart.xLabels.last == "2020-12")

        let news = try ProductionHistory.compute(
            producers: producers, from: Month("2018-01")!, to: Month("2018-12")!,
            sourceName: "news report", productCode: nil, database: database)
        #expect(news.values.map { $0.compactMap { $0 } } == [[10_700], [11_400], [11_400]])
        #expect(!news.selection.sourceWasDefaulted)
    }

    @Test func shareAndConformityChartsOrderTheirBars() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let month = Month("2019-12")!
        let selection = try SeriesSelection.resolve(in: database, months: [month], sourceName: nil, productCode: nil)
        let share = try MarketShare.compute(
            month: month, scope: .world, selection: selection, base: .listed, database: database)
        let bars = ChartData.shareChart(share, top: 3)
        #expect(
            bars.bars.map(\.label) == ["Saudi Arabia (SA)", "Iraq (IQ)", "United Arab Emirates (AE)", "Others (11)"])
        #expect(bars.bars.compactMap(\.value).reduce(0, +) > 99.99)

        let agreement = try AgreementResolver(database: database).agreement(matching: "opecplus-2018-12")
        let conformity = try Conformity.compute(
            agreement: agreement, months: [month], selection: selection, database: database)
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
