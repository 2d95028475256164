import Foundation
import OilStatReport
import Testing

struct LineChartTests {
    @Test func matchesTheGoldenSVG() throws {
        let svg = SampleTables.lineChart.svg()
        #expect(svg == (try GoldenFile.text("line-chart.svg", updatingWith: svg)))
    }

    @Test func isWellFormedXMLWithTheTitleLegendAxisLabelAndSource() throws {
        let chart = SampleTables.lineChart
        let xml = try #require(XMLCheck.parse(chart.svg()))
        let texts = xml.texts(of: "text")
        #expect(xml.elements.first?.name == "svg")
        #expect(xml.texts(of: "title") == [chart.title])
        #expect(texts.contains(chart.title))
        for series in chart.series { #expect(texts.contains(series.name)) }
        #expect(texts.contains("Production (kb/d)"))
        #expect(texts.contains { $0.hasPrefix("Source: OPEC MOMR") })
        #expect(texts.joined(separator: " ").contains("No figure for Russia in March 2019."))
        #expect(texts.contains("12,000"))
        #expect(texts.contains("2018-10") && texts.contains("2019-09"))
    }

    @Test func usesTheOkabeItoColoursAndTheFontStack() {
        let svg = SampleTables.lineChart.svg()
        for colour in ChartPalette.okabeIto.prefix(3) { #expect(svg.contains("stroke=\"\(colour)\"")) }
        #expect(svg.contains("font-family=\"DejaVu Sans, Arial, sans-serif\""))
        #expect(svg.contains("width=\"800\" height=\"450\""))
    }

    @Test func breaksALineAtAMissingValueAndDrawsALonePointAsADot() throws {
        let chart = LineChart(
            title: "Gaps", yAxisLabel: "kb/d", xLabels: ["a", "b", "c", "d", "e", "f"],
            series: [.init(name: "S", values: [1, 2, nil, 4, nil, 6])]
        )
        let xml = try #require(XMLCheck.parse(chart.svg()))
        #expect(xml.all("path").count == 1)
        #expect(xml.all("circle").count == 2)
    }

    @Test func escapesEveryText() throws {
        let awkward = #"Crude & <condensate> "NGL" 'other'"#
        let chart = LineChart(
            title: awkward, yAxisLabel: "kb/d & more", xLabels: ["<1>", "2&3"],
            series: [.init(name: awkward, values: [1, 2])], source: "A & B <c>"
        )
        let xml = try #require(XMLCheck.parse(chart.svg()))
        let texts = xml.texts(of: "text")
        #expect(texts.filter { $0 == awkward }.count == 2)
        #expect(
            texts.contains("<1>") && texts.contains("2&3") && texts.contains("A & B <c>")
                && texts.contains("kb/d & more"))
    }

    @Test func thinsOutXLabelsSoTheyDoNotCollide() throws {
        let months = (0..<60).map { "\(2015 + $0 / 12)-" + ($0 % 12 < 9 ? "0" : "") + "\($0 % 12 + 1)" }
        let chart = LineChart(
            title: "Five years", yAxisLabel: "kb/d", xLabels: months,
            series: [.init(name: "S", values: months.indices.map { Double($0) })]
        )
        let xml = try #require(XMLCheck.parse(chart.svg()))
        let labels = xml.all("text").filter { months.contains($0.text) }
        #expect(labels.map(\.text) == stride(from: 0, to: 60, by: 6).map { months[$0] })
        let positions = labels.compactMap { $0.number("x") }
        for (left, right) in zip(positions, positions.dropFirst()) {
            #expect(right - left >= 7 * 0.6 * 11)
        }
    }

    @Test func keepsAWrappedLegendAboveThePlot() throws {
        let series = (0..<9).map {
            LineChart.Series(name: "Producer with a long name \($0)", values: [Double($0), Double($0 + 1)])
        }
        let chart = LineChart(
            title: "Many", yAxisLabel: "kb/d", xLabels: ["a", "b"], series: series, width: 500, height: 400)
        let xml = try #require(XMLCheck.parse(chart.svg()))
        let legendTexts = xml.all("text").filter { $0.text.hasPrefix("Producer with") }
        #expect(legendTexts.count == 9)
        let legendBottom = try #require(legendTexts.compactMap { $0.number("y") }.max())
        let plotTop = try #require(
            xml.all("line").filter {
                $0.attributes["x1"] != $0.attributes["x2"] && $0.attributes["y1"] == $0.attributes["y2"]
                    && $0.attributes["stroke-width"] == "1"
            }.compactMap { $0.number("y1") }.min())
        #expect(legendBottom < plotTop)
        #expect(Set(legendTexts.compactMap { $0.number("y") }).count > 1)
        #expect(chart.svg().contains("stroke-dasharray=\"6 3\""))
    }

    @Test func rendersAnEmptyChart() throws {
        let chart = LineChart(title: "Nothing yet", yAxisLabel: "", xLabels: [], series: [])
        let xml = try #require(XMLCheck.parse(chart.svg()))
        #expect(xml.texts(of: "text").contains("Nothing yet"))
    }

    @Test func isDeterministicAndHonoursTheSize() {
        var chart = SampleTables.lineChart
        chart.width = 640
        chart.height = 360
        #expect(chart.svg() == chart.svg())
        #expect(chart.svg().contains("viewBox=\"0 0 640 360\""))
    }
}
