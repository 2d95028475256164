import Foundation
import Testing

@testable import OilStatReport

struct HTMLReportTests {
    /// A report with every kind of section.
    static var report: HTMLReport {
        var report = HTMLReport(title: "OPEC+ & friends: production, March 2024")
        report.addFacts([
            "Russia and the United States each produced 11,400 kb/d, 34.03% of the three.",
            "Saudi Arabia fell by 50 kb/d to 10,700 kb/d <lowest since 2021>.",
        ])
        report.addTable(SampleTables.production)
        report.addHeading("Trends")
        report.addParagraph("Monthly output since October 2018.")
        report.addChart(
            ReportChart(title: "Production [kb/d]", svg: SampleTables.lineChart.svg(), file: "charts/production.svg"))
        report.addChart(
            ReportChart(
                title: "Conformity", svg: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SampleTables.barChart.svg(),
                file: "charts/conformity (May).svg", caption: "Above 100% means more than pledged."
            ))
        report.addSources([
            ReportSource(
                name: "OPEC Monthly Oil Market Report", detail: "Table 5-7, secondary sources",
                url: "https://www.opec.org/momr?a=1&b=2"),
            ReportSource(name: "EIA STEO"),
        ])
        return report
    }

    @Test func isWellFormedXMLAfterTheDoctype() throws {
        let html = HTMLReportTests.report.html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
        #expect(html.hasSuffix("</html>\n"))
        let xml = try #require(XMLCheck.parse(html))
        #expect(xml.elements.first?.name == "html")
    }

    @Test func containsEverySection() throws {
        let report = HTMLReportTests.report
        let xml = try #require(XMLCheck.parse(report.html()))
        #expect(xml.texts(of: "title").first == report.title)
        #expect(xml.texts(of: "h1") == [report.title])
        #expect(xml.texts(of: "li").contains("Saudi Arabia fell by 50 kb/d to 10,700 kb/d <lowest since 2021>."))
        #expect(xml.texts(of: "caption") == ["Crude oil production, March 2024"])
        for part in ["thead", "tbody", "tfoot", "style"] { #expect(xml.all(part).count == 1) }
        #expect(xml.all("svg").count == 2)
        #expect(xml.texts(of: "h2") == ["Trends", "Sources"])
        #expect(xml.texts(of: "p").contains("Monthly output since October 2018."))
        #expect(xml.texts(of: "p").contains("Source: secondary sources; .. = not available."))
        #expect(xml.texts(of: "figcaption") == ["Above 100% means more than pledged."])
        #expect(xml.texts(of: "span").contains("https://www.opec.org/momr?a=1&b=2"))
        #expect(xml.texts(of: "strong") == ["OPEC Monthly Oil Market Report", "EIA STEO"])
    }

    @Test func isSelfContained() {
        let html = HTMLReportTests.report.html()
        for forbidden in ["<script", "<link", "href=", "src=", "url(", "@import", "<img", "<?xml"] {
            #expect(!html.contains(forbidden), "found \(forbidden)")
        }
    }

    @Test func rendersTableCellsWithAlignmentAndClasses() {
        let expected = """
            <table>
              <caption>Crude oil production, March 2024</caption>
              <thead>
                <tr><th scope="col">Producer</th><th scope="col">Code</th><th scope="col" class="num">Output kb/d</th><th scope="col" class="num">Share %</th><th scope="col" class="num">Change kb/d</th></tr>
              </thead>
              <tbody>
                <tr><td>Saudi Arabia</td><td>SA</td><td class="num">10,700</td><td class="num">31.94</td><td class="num neg">-50</td></tr>
                <tr><td>Russia</td><td>RU</td><td class="num">11,400</td><td class="num">34.03</td><td class="num missing" title="not available">..</td></tr>
                <tr><td>United States</td><td>US</td><td class="num">11,400</td><td class="num">34.03</td><td class="num">120</td></tr>
              </tbody>
              <tfoot>
                <tr><td>Total</td><td></td><td class="num">33,500</td><td class="num">100.00</td><td class="num">70</td></tr>
              </tfoot>
            </table>
            <p class="note">Unit: thousand barrels a day (kb/d).</p>
            <p class="note">Source: secondary sources; .. = not available.</p>

            """
        #expect(HTMLTableRenderer().render(SampleTables.production) == expected)
    }

    @Test func rendersTheSameSectionsAsMarkdown() {
        let expected = #"""
            # OPEC+ &amp; friends: production, March 2024

            - Russia and the United States each produced 11,400 kb/d, 34.03% of the three.
            - Saudi Arabia fell by 50 kb/d to 10,700 kb/d &lt;lowest since 2021&gt;.

            ### Crude oil production, March 2024

            | Producer      | Code | Output kb/d |    Share % | Change kb/d |
            | ------------- | ---- | ----------: | ---------: | ----------: |
            | Saudi Arabia  | SA   |      10,700 |      31.94 |         -50 |
            | Russia        | RU   |      11,400 |      34.03 |          .. |
            | United States | US   |      11,400 |      34.03 |         120 |
            | **Total**     |      |  **33,500** | **100.00** |      **70** |

            Unit: thousand barrels a day (kb/d).\
            Source: secondary sources; .. = not available.

            ## Trends

            Monthly output since October 2018.

            ![Production \[kb/d\]](charts/production.svg)

            ![Conformity](charts/conformity%20%28May%29.svg)

            *Above 100% means more than pledged.*

            ## Sources

            1. **OPEC Monthly Oil Market Report**: Table 5-7, secondary sources https://www.opec.org/momr?a=1&amp;b=2
            2. **EIA STEO**

            """#
        #expect(HTMLReportTests.report.markdown() == expected)
    }

    @Test func dropsTheXMLDeclarationOfAnInlinedChart() {
        #expect(HTMLReport.inlineSVG("<?xml version=\"1.0\"?>\n<svg/>\n") == "<svg/>")
        #expect(HTMLReport.inlineSVG("<svg/>") == "<svg/>")
    }

    @Test func escapesTheTitleAndEmptyReportsStillParse() throws {
        let report = HTMLReport(title: "<Report> & \"draft\"")
        let xml = try #require(XMLCheck.parse(report.html()))
        #expect(xml.texts(of: "h1") == ["<Report> & \"draft\""])
    }
}

/// The Markdown twin escapes every text of the report, like the HTML page.
struct HTMLReportMarkdownEscapingTests {
    @Test func everyKindOfSectionIsEscaped() {
        var report = HTMLReport(title: "<title>")
        report.addHeading("<h2>")
        report.addParagraph("Source: <script>alert(1)</script>\n\n<div>")
        report.addFacts(["- 2024-01, Saudi Arabia: <img src=x onerror=alert(4)>"])
        report.addChart(
            ReportChart(
                title: "<b>chart</b>", svg: "<svg/>", file: "a b(1)<x>.svg",
                caption: "</em><script>"))
        report.addSources([ReportSource(name: "<script>", detail: "</p>", url: "javascript:alert(1)<x>")])
        let markdown = report.markdown()
        #expect(!markdown.contains("<"), "\(markdown)")
        #expect(!markdown.contains(">"), "\(markdown)")
        #expect(markdown.contains("![&lt;b&gt;chart&lt;/b&gt;](a%20b%281%29%3Cx%3E.svg)"))
        #expect(markdown.contains("Source: &lt;script&gt;alert(1)&lt;/script&gt;  &lt;div&gt;"))
    }
}
