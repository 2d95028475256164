import Testing

@testable import OilStatReport

struct CSVRendererTests {
    @Test func rendersTheGoldenCSV() {
        let expected = """
            producer,code,kbd,share_pct,change_kbd
            Saudi Arabia,SA,10700,31.94,-50
            Russia,RU,11400,34.03,
            United States,US,11400,34.03,120
            Total,,33500,100.00,70

            """
        #expect(CSVRenderer().render(SampleTables.production) == expected)
    }

    @Test func leavesOutTheHeaderOnRequest() {
        let text = CSVRenderer(includeHeader: false).render(SampleTables.production)
        #expect(text.hasPrefix("Saudi Arabia,SA,10700,31.94,-50\n"))
        #expect(text.split(separator: "\n").count == 4)
    }

    @Test func quotesAFieldWithACommaAQuoteAndANewline() {
        let table = ReportTable(
            title: "",
            columns: [ReportColumn(key: "name", heading: "Name"), ReportColumn(key: "kbd", heading: "kb/d")],
            rows: [["Korea, \"South\"\nRep.", 1], ["Plain", 2], ["Windows\r\nline", 3]]
        )
        let expected = "name,kbd\n\"Korea, \"\"South\"\"\nRep.\",1\nPlain,2\n\"Windows\r\nline\",3\n"
        #expect(CSVRenderer().render(table) == expected)
    }

    @Test(arguments: [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@cmd", "'@cmd"),
        ("\tcalc", "'\tcalc"),
        ("\rcalc", "\"'\rcalc\""),
        ("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""),
        ("a=b", "a=b"),
        ("Saudi Arabia", "Saudi Arabia"),
        ("", ""),
    ])
    func guardsTextCellsAgainstFormulaInjection(text: String, expected: String) {
        #expect(CSVRenderer().field(.text(text), decimals: 0) == expected)
    }

    @Test(arguments: [(-12.5, 1, "-12.5"), (-50, 0, "-50"), (12.5, 1, "12.5")])
    func leavesNumbersUntouched(value: Double, decimals: Int, expected: String) {
        #expect(CSVRenderer().field(.number(value), decimals: decimals) == expected)
    }

    @Test(arguments: [
        (0.78125, 4, "0.7812"),
        (-0.15625, 4, "-0.1562"),
        (2.00005, 4, "2.0000"),
        (1234567.5, 1, "1234567.5"),
    ])
    func writesPlainNumbersRoundedHalfToEven(value: Double, decimals: Int, expected: String) {
        #expect(CSVRenderer().field(.number(value), decimals: decimals) == expected)
    }

    @Test(arguments: [ReportValue.missing, .number(.nan), .number(.infinity)])
    func writesMissingValuesAsEmptyFields(value: ReportValue) {
        #expect(CSVRenderer().field(value, decimals: 2) == "")
    }

    @Test func usesAnOverridingDelimiter() {
        let table = ReportTable(
            title: "",
            columns: [
                ReportColumn(key: "name", heading: "Name"), ReportColumn(key: "share", heading: "Share", decimals: 1),
            ],
            rows: [["Korea, South", 1.25], ["a;b", 2]]
        )
        let text = CSVRenderer(options: RenderOptions(format: .csv, delimiter: ";")).render(table)
        #expect(text == "name;share\nKorea, South;1.2\n\"a;b\";2.0\n")
    }

    @Test func writesTheTotalsRowAsItIs() {
        let lines = CSVRenderer().render(SampleTables.production).split(separator: "\n")
        #expect(lines.last == "Total,,33500,100.00,70")
    }
}
