import Foundation
import OilStatReport
import Testing

struct BarChartTests {
    @Test func matchesTheGoldenSVG() throws {
        let svg = SampleTables.barChart.svg()
        #expect(svg == (try GoldenFile.text("bar-chart.svg", updatingWith: svg)))
    }

    @Test func isWellFormedXMLWithTheTitleLabelsValuesAndSource() throws {
        let chart = SampleTables.barChart
        let xml = try #require(XMLCheck.parse(chart.svg()))
        let texts = xml.texts(of: "text")
        #expect(xml.texts(of: "title") == [chart.title])
        #expect(texts.contains(chart.title))
        for label in ["Saudi Arabia", "Kuwait", "Russia", "Iraq", "Kazakhstan", "Nigeria"] {
            #expect(texts.contains(label))
        }
        for value in ["245", "130", "95", "52", "18", "-20", ".."] { #expect(texts.contains(value)) }
        #expect(texts.contains("Full conformity"))
        #expect(texts.contains("Conformity (%)"))
        #expect(texts.contains { $0.hasPrefix("Source: secondary sources") })
    }

    @Test func truncatesLongLabelsWithAnEllipsis() throws {
        let xml = try #require(XMLCheck.parse(SampleTables.barChart.svg()))
        let label = try #require(xml.texts(of: "text").first { $0.hasPrefix("Republic of the Congo") })
        #expect(label.hasSuffix("…"))
        #expect(label.count < "Republic of the Congo (Brazzaville)".count)
    }

    @Test func drawsNegativeValuesLeftwardsFromTheZeroAxis() throws {
        let xml = try #require(XMLCheck.parse(SampleTables.barChart.svg()))
        let zeroAxis = try #require(xml.all("line").first { $0.attributes["stroke"] == "#333333" })
        let zero = try #require(zeroAxis.number("x1"))
        let negative = try #require(xml.all("rect").first { $0.attributes["fill"] == "#D55E00" })
        let left = try #require(negative.number("x"))
        let width = try #require(negative.number("width"))
        #expect(left < zero)
        #expect(abs(left + width - zero) < 0.11)
        let positives = xml.all("rect").filter { $0.attributes["fill"] == "#0072B2" }
        #expect(positives.count == 5)
        for bar in positives { #expect(abs((bar.number("x") ?? 0) - zero) < 0.11) }
    }

    @Test func drawsTheReferenceLineAtItsValue() throws {
        let xml = try #require(XMLCheck.parse(SampleTables.barChart.svg()))
        let reference = try #require(xml.all("line").first { $0.attributes["stroke-dasharray"] != nil })
        #expect(reference.attributes["x1"] == reference.attributes["x2"])
        let ticks = xml.all("text").filter { $0.text == "100" }
        #expect(ticks.first?.attributes["x"] == reference.attributes["x1"])
    }

    @Test func growsWithTheNumberOfBarsUnlessAHeightIsGiven() throws {
        func height(_ chart: BarChart) throws -> Double {
            let xml = try #require(XMLCheck.parse(chart.svg()))
            return try #require(xml.elements.first?.number("height"))
        }
        let three = BarChart(
            title: "T", valueLabel: "%", bars: (0..<3).map { .init(label: "B\($0)", value: Double($0)) })
        let ten = BarChart(
            title: "T", valueLabel: "%", bars: (0..<10).map { .init(label: "B\($0)", value: Double($0)) })
        #expect(try height(ten) - height(three) == 7 * 28)
        var fixed = ten
        fixed.height = 300
        #expect(try height(fixed) == 300)
    }

    @Test func escapesEveryText() throws {
        let chart = BarChart(
            title: "A & B", valueLabel: "<%>", bars: [.init(label: "\"Q\" & 'R'", value: 1)],
            referenceLine: .init(value: 1, label: "x < y"), source: "S&P"
        )
        let texts = try #require(XMLCheck.parse(chart.svg())).texts(of: "text")
        for text in ["A & B", "<%>", "\"Q\" & 'R'", "x < y", "S&P"] { #expect(texts.contains(text)) }
    }

    @Test func printsValuesWithTheDecimalsAndThousandsSeparators() throws {
        let chart = BarChart(
            title: "Changes", valueLabel: "kb/d",
            bars: [.init(label: "A", value: -1_234.5), .init(label: "B", value: 50)], decimals: 1)
        let texts = try #require(XMLCheck.parse(chart.svg())).texts(of: "text")
        #expect(texts.contains("-1,234.5") && texts.contains("50.0") && texts.contains("-1,250"))
    }
}
