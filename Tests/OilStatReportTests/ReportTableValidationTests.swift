import OilStatReport
import Testing

struct ReportTableValidationTests {
    @Test func acceptsAWellFormedTable() throws {
        try SampleTables.production.validate()
    }

    @Test func reportsARowWithTheWrongCellCount() {
        var table = SampleTables.production
        table.rows[1].removeLast()
        #expect(throws: ReportTableError.cellCount(row: 1, expected: 5, found: 4)) { try table.validate() }
        #expect(
            ReportTableError.cellCount(row: 1, expected: 5, found: 4).description
                == "row 2 has 4 cells but the table has 5 columns")
    }

    @Test func reportsATotalsRowWithTheWrongCellCount() {
        var table = SampleTables.production
        table.totals = ["Total"]
        #expect(throws: ReportTableError.cellCount(row: nil, expected: 5, found: 1)) { try table.validate() }
    }

    @Test func reportsDuplicateKeys() {
        var table = SampleTables.production
        table.columns[1].key = "producer"
        #expect(throws: ReportTableError.duplicateKey("producer")) { try table.validate() }
    }

    @Test func buildsCellsFromLiteralsAndOptionals() {
        let cells: [ReportValue] = ["SA", 10_700, 31.94]
        #expect(cells == [.text("SA"), .number(10_700), .number(31.94)])
        #expect(ReportValue(nil as Double?) == .missing)
        #expect(ReportValue(Double.nan) == .missing)
        #expect(ReportValue(2.5) == .number(2.5))
    }
}
