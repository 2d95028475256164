import Testing

@testable import OilStatReport

struct TextMetricsTests {
    @Test func estimatesWidthAsSixTenthsOfTheFontSizePerCharacter() {
        #expect(TextMetrics.width("2018-10", fontSize: 10) == 42)
    }

    @Test(arguments: [
        ("Republic of the Congo (Brazzaville)", 100.0, "Republic of…"),
        ("Kuwait", 100.0, "Kuwait"),
        ("Long", 7.2, "…"),
        ("Long", 1.0, ""),
    ])
    func truncatesWithAnEllipsis(text: String, maxWidth: Double, expected: String) {
        let cut = TextMetrics.truncate(text, fontSize: 12, maxWidth: maxWidth)
        #expect(cut == expected)
        #expect(TextMetrics.width(cut, fontSize: 12) <= maxWidth)
    }

    @Test func wrapsAtSpaces() {
        let lines = TextMetrics.wrap("Source: OPEC MOMR and EIA STEO", fontSize: 10, maxWidth: 120)
        #expect(lines == ["Source: OPEC MOMR", "and EIA STEO"])
    }
}
