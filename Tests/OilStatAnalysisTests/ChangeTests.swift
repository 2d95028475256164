import OilStatCore
import Testing

@testable import OilStatAnalysis

struct ChangeTests {
    @Test func saudiOutputRoseFromOctoberToNovember2018() throws {
        // OPEC secondary sources: Oct 2018 10,633 (the Dec 2018 agreement's reference), Nov 2018 11,020.
        let database = try AnalysisTestSupport.bundledDatabase()
        let selection = try SeriesSelection.resolve(
            in: database, months: [Month("2018-10")!, Month("2018-11")!],
            sourceName: "OPEC MOMR secondary sources", productCode: nil)
        let comparison = try MonthComparison.compute(
            Month("2018-10")!, Month("2018-11")!, scope: .world, selection: selection, base: .listed, database: database
        )
        let saudi = try #require(comparison.entries.first { $0.producer.code == "SA" })
        #expect(saudi.change == 387)
        #expect(abs(saudi.changePercent! - 387.0 / 10_633 * 100) < 1e-9)
        let iraq = try #require(comparison.entries.first { $0.producer.code == "IQ" })
        #expect(iraq.before == 4_653)
        #expect(iraq.after == nil)
        #expect(iraq.change == nil)
        #expect(iraq.sharePointChange == nil)
        #expect(comparison.matchedCount == 1)
    }

    @Test func monthOnMonthAndYearOnYearLeaveGapsMissing() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        try AnalysisTestSupport.load(
            """
            producer,month,value,unit,source
            SA,2023-01,10000,kb/d,change test
            SA,2024-01,8956,kb/d,change test
            SA,2024-02,9011,kb/d,change test
            SA,2024-04,9000,kb/d,change test
            """, into: database)
        let saudi = try database.producer(matching: "SA")
        let selection = try SeriesSelection.resolve(
            forProducer: saudi, in: database, from: Month("2024-01")!, to: Month("2024-04")!,
            sourceName: "change test", productCode: nil)
        let changes = try ProducerChanges.compute(
            producer: saudi, from: Month("2024-01")!, to: Month("2024-04")!, selection: selection, database: database)
        #expect(changes.entries.map(\.month.description) == ["2024-01", "2024-02", "2024-03", "2024-04"])
        #expect(changes.entries[0].yearOnYear == -1044)
        #expect(abs(changes.entries[0].yearOnYearPercent! + 10.44) < 1e-9)
        #expect(changes.entries[1].monthOnMonth == 55)
        #expect(changes.entries[2].kbd == nil && changes.entries[2].monthOnMonth == nil)
        #expect(changes.entries[3].monthOnMonth == nil)
    }
}
