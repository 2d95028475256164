import OilStatCore
import OilStatReport
import Testing

@testable import OilStatAnalysis

struct AveragesTests {
    @Test func periodsCountLeapDays() {
        #expect(Period.year(2024).days == 366 && Period.year(2023).days == 365)
        #expect(Period.quarter(2024, 1).days == 91 && Period.quarter(2023, 1).days == 90)
        #expect(Period.quarter(2018, 4).label == "4Q18" && Period.quarter(2018, 4).key == "q4_2018")
        #expect(Period.quarter(2018, 4).through(Month("2018-11")!).label == "4Q18 QTD")
        #expect(Period.year(2016).key == "y2016" && Period.month(Month("2018-10")!).key == "m2018_10")
        #expect(Period.covering(Month("2018-11")!, Month("2019-02")!, kind: .quarter).map(\.label) == ["4Q18", "1Q19"])
    }

    @Test func quarterlyAveragesAreDayWeightedIncludingALeapFebruary() throws {
        // Jan and Feb 2024 are JODI's Saudi figures (8,956 and 9,011 kb/d); the other values are test figures.
        let database = try AnalysisTestSupport.bundledDatabase()
        try AnalysisTestSupport.load(
            """
            producer,month,value,unit,source
            SA,2023-01,10000,kb/d,averages test
            SA,2023-02,10100,kb/d,averages test
            SA,2023-03,10200,kb/d,averages test
            SA,2024-01,8956,kb/d,averages test
            SA,2024-02,9011,kb/d,averages test
            SA,2024-03,9100,kb/d,averages test
            """, into: database)
        let saudi = try database.producer(matching: "SA")
        let selection = try SeriesSelection.named(source: "averages test", product: "CRUDEOIL", in: database)
        let averages = try Averages.compute(
            subject: .producer(saudi), by: .quarter, from: Month("2023-01")!, to: Month("2024-03")!,
            selection: selection, database: database)
        #expect(averages.entries.map(\.average.period.label) == ["1Q23", "2Q23", "3Q23", "4Q23", "1Q24"])
        let weighted2023: Double = 10_000.0 * 31 + 10_100.0 * 28 + 10_200.0 * 31
        let weighted2024: Double = 8_956.0 * 31 + 9_011.0 * 29 + 9_100.0 * 31
        let firstQuarter2023 = weighted2023 / 90
        let firstQuarter2024 = weighted2024 / 91
        #expect(abs(averages.entries[0].average.value! - firstQuarter2023) < 1e-9)
        #expect(abs(averages.entries[4].average.value! - firstQuarter2024) < 1e-9)
        #expect(abs(firstQuarter2024 - (8_956.0 + 9_011 + 9_100) / 3) > 0.1) // not the plain mean of the months
        #expect(averages.entries[1].average.value == nil && averages.entries[1].average.monthsWithData == 0)
        #expect(averages.entries[4].change == nil) // the previous quarter has no value
        // A year with two of twelve months: nothing, unless partial values are asked for.
        let year = try Averages.compute(
            subject: .producer(saudi), by: .year, from: Month("2024-01")!, to: Month("2024-12")!,
            selection: selection, database: database)
        #expect(year.entries.count == 1 && year.entries[0].average.value == nil)
        let partial = try Averages.compute(
            subject: .producer(saudi), by: .year, from: Month("2024-01")!, to: Month("2024-12")!,
            selection: selection, allowPartial: true, database: database)
        #expect(abs(partial.entries[0].average.value! - firstQuarter2024) < 1e-9)
        #expect(partial.entries[0].average.isPartial && partial.entries[0].average.monthsWithData == 3)
    }

    @Test func groupTotalsFollowMembershipInsideAYear() throws {
        let database = try MembershipTestData.database()
        let selection = try SeriesSelection.named(source: MembershipTestData.source, product: "CRUDEOIL", in: database)
        let averages = try Averages.compute(
            subject: .scope(try .group(named: "opec", in: database)), by: .year, from: Month("2018-01")!,
            to: Month("2020-12")!, selection: selection, database: database)
        let values = averages.entries.map { $0.average.value! }
        // 2018: Qatar all year, Congo from June (214 of 365 days); 2019: Congo, no Qatar; 2020: no Ecuador either.
        #expect(abs(values[0] - (MembershipTestData.sum(excluding: ["CG"]) + 300.0 * 214 / 365)) < 1e-9)
        #expect(values[1] == MembershipTestData.sum(excluding: ["QA"]))
        #expect(values[2] == MembershipTestData.sum(excluding: ["QA", "EC"]))
        #expect(averages.entries[2].change == -500)
        #expect(averages.membershipChanges == ["Congo from 2018-06", "Ecuador until 2019-12", "Qatar until 2018-12"])
    }

    @Test func groupTotalsUseThePublishedTotalWhenMembersLackFigures() throws {
        // OPEC secondary sources: Total OPEC Oct-Dec 2016 33,643 / 33,303 / 33,085 (members mostly missing).
        let database = try AnalysisTestSupport.bundledDatabase()
        let selection = try SeriesSelection.named(
            source: "OPEC MOMR secondary sources", product: "CRUDEOIL", in: database)
        let averages = try Averages.compute(
            subject: .scope(try .group(named: "opec", in: database)), by: .quarter,
            from: Month("2016-10")!, to: Month("2016-12")!, selection: selection, database: database)
        #expect(abs(averages.entries[0].average.value! - (33_643.0 * 31 + 33_303 * 30 + 33_085 * 31) / 92) < 1e-9)
        #expect(averages.aggregateMonths == Month.range(Month("2016-10")!, Month("2016-12")!))
    }

    @Test func goldenSaudiQuarterlyAverages() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let selection = try SeriesSelection.named(
            source: "OPEC MOMR secondary sources", product: "CRUDEOIL", in: database)
        let averages = try Averages.compute(
            subject: .producer(try database.producer(matching: "SA")), by: .quarter,
            from: Month("2016-10")!, to: Month("2017-03")!, selection: selection, database: database)
        let text = ReportRenderer.render(averages.reportTable(), options: RenderOptions(format: .table))
        #expect(
            text == """
                Saudi Arabia (SA): quarterly averages, kb/d
                Period  From     To       Months  Days  Average kb/d  Change  Change %
                ------  -------  -------  ------  ----  ------------  ------  --------
                4Q16    2016-10  2016-12  3 of 3    92        10,546  ..      ..
                1Q17    2017-01  2017-03  0 of 3    90            ..  ..      ..
                Source: OPEC MOMR secondary sources; product: Crude oil (CRUDEOIL).
                Unit: kb/d (thousand barrels per day).
                Averages are day-weighted (sum of value × days / sum of days; February has 29 days in leap years), shown only when every month of the period has a figure (--partial shows the others). `..` = not available.

                """)
    }
}
