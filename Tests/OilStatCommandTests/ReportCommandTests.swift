import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `oilstat report`: the HTML page (parsed as XML), its Markdown twin and chart files, from the bundled data.
///
/// The Markdown of the default report is compared with a golden file; regenerate it after an intended change with
/// `OILSTAT_UPDATE_GOLDEN=1 swift test --filter ReportCommandTests`.
@Suite(.serialized)
struct ReportCommandTests {
    /// The default report covers 2023-04 (the Reuters survey of 13 members, with Mar 2023 before it): shares, the change
    /// from March, conformity with the agreement in force (the Oct 2022 cut) and the 24-month chart (May 2021, Mar and
    /// Apr 2023).
    static let files = [
        "report-2023-04-share.svg", "report-2023-04-change-month.svg",
        "report-2023-04-conformity-opecplus-2022-10.svg", "report-2023-04-production.svg", "report-2023-04.md",
        "report-2023-04.html",
    ]

    @Test func defaultReportIsWrittenToReportsFromAFreshDatabase() throws {
        let folder = try ChartCommandTests.workingDirectory()
        let result = try CommandRunner().run(["report"], currentDirectory: folder)
        #expect(result.status == 0, "\(result.errorOutput)")
        #expect(result.output.isEmpty)
        #expect(result.errorOutput == Self.files.map { "wrote Reports/\($0)\n" }.joined())
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Reports").path)
            .sorted()
        #expect(written == Self.files.sorted())

        let html = try String(contentsOf: folder.appendingPathComponent("Reports/report-2023-04.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        let page = try #require(SVGCheck.parse(String(html.drop { $0 != "\n" })), "the HTML is not well-formed")
        #expect(page.root == "html")
        // Self-contained: inline CSS and SVG, nothing to run or fetch.
        #expect(page.elements.contains("style") && page.elements.filter { $0 == "svg" }.count == 4)
        for forbidden in ["script", "link", "img", "iframe", "object"] {
            #expect(!page.elements.contains(forbidden), "\(forbidden)")
        }
        #expect(
            !html.contains(" src=") && !html.contains(" href=") && !html.contains("url(") && !html.contains("@import"))
        for heading in [
            "Headlines", "Market shares", "Change from the previous month (2023-03)",
            "Change from a year earlier (2022-04)",
            "Production over 24 months", "How this report was made", "Where each figure comes from", "Sources",
        ] {
            #expect(page.texts.contains(heading), "\(heading)")
        }
        #expect(page.texts.contains("Oil production, April 2023"))
        #expect(page.texts.contains { $0.hasPrefix("No month was asked for, so this report covers 2023-04") })
        // Reuters' own compliance in its Apr 2023 table: (26,689 − 24,220) / 1,273 = 194%; Russia, the non-OPEC side,
        // has no figure in the survey.
        #expect(page.texts.contains { $0.contains("194% on the OPEC side (10 participants with figures)") })
        #expect(page.texts.contains { $0.contains("no figure in this source for Russia") })
        #expect(
            page.texts.contains { $0.contains("−190 kb/d (−0.66%) for the 13 producers with figures in both months") })
        #expect(page.texts.contains("Reuters survey"))
        #expect(page.texts.contains { $0.contains("Data/README.md") })

        let markdown = try String(
            contentsOf: folder.appendingPathComponent("Reports/report-2023-04.md"), encoding: .utf8)
        for file in Self.files where file.hasSuffix(".svg") {
            #expect(markdown.contains("](\(file))"), "\(file)")
            let svg = try String(contentsOf: folder.appendingPathComponent("Reports/\(file)"), encoding: .utf8)
            #expect(SVGCheck.parse(svg)?.root == "svg", "\(file)")
            #expect(html.contains(svg.trimmingCharacters(in: .whitespacesAndNewlines)), "the HTML inlines \(file)")
        }
        #expect(markdown == (try CommandRunner.golden("report-2023-04.md", actual: markdown)))
    }

    @Test func monthSourceAndFolderCanBeChosen() throws {
        let folder = try ChartCommandTests.workingDirectory()
        let result = try CommandRunner().run(
            ["report", "--month", "2018-10", "--source", "news report", "--output-dir", "out/monthly"],
            currentDirectory: folder)
        #expect(result.status == 0, "\(result.errorOutput)")
        #expect(
            result.errorOutput.hasSuffix("wrote out/monthly/report-2018-10.md\nwrote out/monthly/report-2018-10.html\n")
        )
        let markdown = try String(
            contentsOf: folder.appendingPathComponent("out/monthly/report-2018-10.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("# Oil production, October 2018\n"))
        #expect(markdown.contains("Source: news report, with figures for 3 countries this month."))
        #expect(!markdown.contains("No month was asked for"))
        #expect(markdown.contains("| 1 | RU | Russia") || markdown.contains("RU   | Russia"))
    }

    @Test(arguments: [
        (
            ["report", "--month", "2030-01"],
            "Error: no production figures for 2030-01 from any source; nearest months with data: 2025-06\n"
        ),
        (
            ["report", "--source", "no such source"],
            "Error: unknown source \"no such source\" (known sources: EIA, JODI, news report, OPEC MOMR direct communication, OPEC MOMR secondary sources, OPEC+ agreement reference, Reuters survey, Russian Energy Ministry, IEA Oil Market Report, OPEC+ independent sources, Norwegian Offshore Directorate, ANP (Brazil), Statistics Canada, National Bureau of Statistics of China)\n"
        ),
        (["report", "--month", "2019-13"], "Error: The value '2019-13' is invalid for '--month <YYYY-MM>'\n"),
    ])
    func reportErrorsAreClear(arguments: [String], message: String) throws {
        let folder = try ChartCommandTests.workingDirectory()
        let result = try CommandRunner().run(arguments, currentDirectory: folder)
        #expect(result.status != 0)
        #expect(result.errorOutput.hasPrefix(message.trimmingCharacters(in: .newlines)), "\(result.errorOutput)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Reports").path))
    }
}
