import Testing

@testable import OilStatReport

struct MarkdownRendererTests {
    @Test func rendersTheGoldenMarkdown() {
        let expected = #"""
            ### Crude oil production, March 2024

            | Producer      | Code | Output kb/d |    Share % | Change kb/d |
            | ------------- | ---- | ----------: | ---------: | ----------: |
            | Saudi Arabia  | SA   |      10,700 |      31.94 |         -50 |
            | Russia        | RU   |      11,400 |      34.03 |          .. |
            | United States | US   |      11,400 |      34.03 |         120 |
            | **Total**     |      |  **33,500** | **100.00** |      **70** |

            Unit: thousand barrels a day (kb/d).\
            Source: secondary sources; .. = not available.

            """#
        #expect(MarkdownRenderer().render(SampleTables.production) == expected)
    }

    @Test func escapesPipesAndFlattensLineBreaks() {
        let table = ReportTable(
            title: "Pipes | and\nbreaks",
            columns: [ReportColumn(key: "a", heading: "A|B"), ReportColumn(key: "n", heading: "N", decimals: 1)],
            rows: [["x | y\nz", 1234.56]]
        )
        let expected = #"""
            ### Pipes | and breaks

            | A\|B     |       N |
            | -------- | ------: |
            | x \| y z | 1,234.6 |

            """#
        #expect(MarkdownRenderer().render(table) == expected)
    }

    @Test func dropsThousandsSeparatorsOnRequest() {
        let text = MarkdownRenderer(options: RenderOptions(format: .markdown, thousandsSeparator: false)).render(SampleTables.production)
        #expect(text.contains("|       10700 |"))
    }
}
