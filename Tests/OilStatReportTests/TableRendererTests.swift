import Testing

@testable import OilStatReport

struct TableRendererTests {
    @Test func rendersTheGoldenTable() {
        let expected = """
            Crude oil production, March 2024
            Producer       Code  Output kb/d  Share %  Change kb/d
            -------------  ----  -----------  -------  -----------
            Saudi Arabia   SA         10,700    31.94          -50
            Russia         RU         11,400    34.03           ..
            United States  US         11,400    34.03          120
            -------------  ----  -----------  -------  -----------
            Total                     33,500   100.00           70
            Unit: thousand barrels a day (kb/d).
            Source: secondary sources; .. = not available.

            """
        #expect(TableRenderer().render(SampleTables.production) == expected)
    }

    @Test func noLineHasTrailingSpaces() {
        var table = SampleTables.production
        table.columns.append(ReportColumn(key: "comment", heading: "Comment"))
        table.rows[0].append("estimate")
        for line in TableRenderer().render(table).split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(line.last != " ")
        }
    }

    @Test func coloursOnlyNegativeNumbersInSignedColumns() {
        let table = ReportTable(
            title: "",
            columns: [
                ReportColumn(key: "name", heading: "Name"),
                ReportColumn(key: "level", heading: "Level"),
                ReportColumn(key: "change", heading: "Change", decimals: 1, signed: true),
            ],
            rows: [["A", -5, -1.25], ["B", 7, 2], ["C", 1, -0.04]]
        )
        let expected = """
            Name  Level  Change
            ----  -----  ------
            A        -5    \u{1B}[31m-1.2\u{1B}[0m
            B         7     2.0
            C         1     0.0

            """
        #expect(TableRenderer(colour: true).render(table) == expected)
        #expect(!TableRenderer(colour: false).render(table).contains("\u{1B}"))
    }

    @Test func leavesOutTheHeaderOnRequest() {
        let text = TableRenderer(includeHeader: false).render(SampleTables.production)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Crude oil production, March 2024")
        #expect(lines[1] == "Saudi Arabia   SA  10,700   31.94  -50")
        #expect(!text.contains("Producer"))
    }

    @Test func printsPlainNumbersWithoutThousandsSeparators() {
        let text = TableRenderer(thousandsSeparator: false).render(SampleTables.production)
        #expect(text.contains("Saudi Arabia   SA          10700    31.94          -50"))
    }

    @Test func keepsEachRowOnOneLineAndPadsShortRows() {
        let table = ReportTable(
            title: "T",
            columns: [ReportColumn(key: "a", heading: "A"), ReportColumn(key: "b", heading: "B")],
            rows: [["two\nlines"], ["x", 1]]
        )
        let expected = """
            T
            A           B
            ---------  --
            two lines  ..
            x           1

            """
        #expect(TableRenderer().render(table) == expected)
    }
}
