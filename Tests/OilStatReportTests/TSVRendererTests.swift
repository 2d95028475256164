import Testing

@testable import OilStatReport

struct TSVRendererTests {
    @Test func rendersTheGoldenTSV() {
        let expected = """
            producer\tcode\tkbd\tshare_pct\tchange_kbd
            Saudi Arabia\tSA\t10700\t31.94\t-50
            Russia\tRU\t11400\t34.03\t
            United States\tUS\t11400\t34.03\t120
            Total\t\t33500\t100.00\t70

            """
        #expect(TSVRenderer().render(SampleTables.production) == expected)
    }

    @Test func leavesOutTheHeaderOnRequest() {
        let text = TSVRenderer(options: RenderOptions(format: .tsv, includeHeader: false)).render(
            SampleTables.production)
        #expect(text.hasPrefix("Saudi Arabia\tSA\t"))
    }

    @Test(arguments: [
        ("a\tb", "a b"),
        ("two\nlines", "two lines"),
        ("windows\r\nline", "windows line"),
        ("old\rmac", "old mac"),
        ("quote \"kept\"", "quote \"kept\""),
        ("=SUM(A1)", "'=SUM(A1)"),
        ("\tlead", "' lead"),
        ("-2+3", "'-2+3"),
    ])
    func replacesSeparatorsInsteadOfQuoting(text: String, expected: String) {
        #expect(TSVRenderer().field(text: text) == expected)
    }

    @Test func neverAltersNumbers() {
        let table = ReportTable(
            title: "", columns: [ReportColumn(key: "x", heading: "X", decimals: 1)], rows: [[-12.5]])
        #expect(TSVRenderer().render(table) == "x\n-12.5\n")
    }

    @Test func replacesAnOverridingDelimiterInFields() {
        let table = ReportTable(
            title: "", columns: [ReportColumn(key: "a", heading: "A"), ReportColumn(key: "b", heading: "B")],
            rows: [["x|y", "z"]])
        #expect(TSVRenderer(delimiter: "|").render(table) == "a|b\nx y|z\n")
    }
}
