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
        let text = MarkdownRenderer(options: RenderOptions(format: .markdown, thousandsSeparator: false)).render(
            SampleTables.production)
        #expect(text.contains("|       10700 |"))
    }
}

/// Markdown output carries no live HTML and no links made from data: the probe's notes and names.
struct MarkdownEscapingTests {
    @Test(arguments: [
        ("<img src=x onerror=alert(4)>", "&lt;img src=x onerror=alert(4)&gt;"),
        ("</p><script>alert(5)</script>", "&lt;/p&gt;&lt;script&gt;alert(5)&lt;/script&gt;"),
        ("S&P <b>", "S&amp;P &lt;b&gt;"),
        ("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"),
        ("![x](http://evil.example/x.png)", "!\\[x\\](http://evil.example/x.png)"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines", "two lines"),
    ])
    func inlineTextIsEscaped(text: String, expected: String) {
        #expect(MarkdownRenderer.inline(text) == expected)
    }

    @Test func tableTitleCellsAndNotesAreEscaped() {
        let table = ReportTable(
            title: "<svg onload=alert(1)>",
            columns: [ReportColumn(key: "name", heading: "Name <i>"), ReportColumn(key: "kbd", heading: "kb/d")],
            rows: [["<script>alert(1)</script>", 1], ["a|b\\|c", 2]],
            notes: ["\"><img src=x onerror=alert(2)>"])
        let text = MarkdownRenderer().render(table)
        for raw in ["<svg", "<i>", "<script", "<img"] { #expect(!text.contains(raw), "\(raw)") }
        #expect(text.contains("| &lt;script&gt;alert(1)&lt;/script&gt; |"))
        #expect(text.contains("| a\\|b\\\\\\|c "))
        #expect(text.hasSuffix("\"&gt;&lt;img src=x onerror=alert(2)&gt;\n"))
    }
}
