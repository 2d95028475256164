import OilStatCore
import OilStatReport
import Testing

@testable import OilStatAnalysis

struct ProductionTableTests {
    @Test func columnsFollowMOMR() {
        #expect(
            ProductionTable.columns(for: Month("2018-12")!).map(\.key)
                == [
                    "y2016", "y2017", "q2_2018", "q3_2018", "q4_2018", "m2018_10", "m2018_11", "m2018_12", "mom_change",
                ])
        #expect(
            ProductionTable.columns(for: Month("2018-12")!).map(\.heading)
                == ["2016", "2017", "2Q18", "3Q18", "4Q18", "Oct 18", "Nov 18", "Dec 18", "Dec/Nov"])
        // Mid-quarter the current quarter appears to date; at a quarter's first month it would repeat the month.
        #expect(
            ProductionTable.columns(for: Month("2018-11")!).map(\.key)
                == [
                    "y2016", "y2017", "q2_2018", "q3_2018", "q4_2018_td", "m2018_09", "m2018_10", "m2018_11",
                    "mom_change",
                ])
        #expect(
            ProductionTable.columns(for: Month("2018-10")!).map(\.key)
                == ["y2016", "y2017", "q2_2018", "q3_2018", "m2018_08", "m2018_09", "m2018_10", "mom_change"])
    }

    func cell(_ table: ProductionTable, _ code: String?, _ key: String) throws -> ProductionTable.Cell {
        let line = code == nil ? table.total : try #require(table.lines.first { $0.producer?.code == code })
        let index = try #require(table.columns.firstIndex { $0.key == key })
        return line.cells[index]
    }

    @Test func membersThatJoinedOrLeftShowDotsWhereTheyWereNotMembers() throws {
        let database = try MembershipTestData.database()
        let selection = try SeriesSelection.named(source: MembershipTestData.source, product: "CRUDEOIL", in: database)
        let table = try ProductionTable.compute(
            month: Month("2019-12")!, scope: try .group(named: "opec", in: database),
            selection: selection, database: database)
        // Qatar left OPEC on 1 Jan 2019: a 2018 average, nothing after.
        #expect(try cell(table, "QA", "y2018").value == 600)
        #expect(try cell(table, "QA", "q3_2019").value == nil)
        #expect(try cell(table, "QA", "m2019_12").value == nil)
        // Congo joined in June 2018: no whole-year 2018 average unless partial values are asked for.
        #expect(try cell(table, "CG", "y2018").value == nil)
        #expect(try cell(table, "CG", "y2017").value == nil)
        #expect(try cell(table, "CG", "q3_2019").value == 300)
        // The group total counts each month's members, day-weighted: Congo for 214 of 365 days, Qatar all year.
        let total2018 = MembershipTestData.sum(excluding: ["CG"]) + 300.0 * 214 / 365
        #expect(abs(try cell(table, nil, "y2018").value! - total2018) < 1e-9)
        #expect(try cell(table, nil, "m2019_12").value == MembershipTestData.sum(excluding: ["QA"]))
        #expect(try cell(table, nil, "mom_change").value == 0)
        #expect(try cell(table, nil, "y2017").value == nil)
        #expect(table.membershipChanges.contains("Congo from 2018-06"))
        #expect(table.membershipChanges.contains("Qatar until 2018-12"))

        let partial = try ProductionTable.compute(
            month: Month("2019-12")!, scope: try .group(named: "opec", in: database),
            selection: selection, allowPartial: true, database: database)
        #expect(try cell(partial, "CG", "y2018") == ProductionTable.Cell(value: 300, isPartial: true))
        #expect(try cell(partial, "QA", "y2018") == ProductionTable.Cell(value: 600, isPartial: false))
    }

    @Test func volumesAreSummedOverThePeriod() throws {
        let database = try MembershipTestData.database()
        let selection = try SeriesSelection.named(source: MembershipTestData.source, product: "CRUDEOIL", in: database)
        let table = try ProductionTable.compute(
            month: Month("2020-03")!, scope: .producers([try database.producer(matching: "SA")]),
            selection: selection, unit: .kbbl, database: database)
        // 2020 is a leap year: 1Q20 has 91 days; 2019 has 365.
        #expect(try cell(table, "SA", "m2020_02").value == 10_000 * 29)
        #expect(try cell(table, "SA", "q1_2020").value == 10_000 * 91)
        #expect(try cell(table, "SA", "y2019").value == 10_000 * 365)
    }

    @Test func goldenOPECTableForDecember2018() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let selection = try SeriesSelection.named(
            source: "OPEC MOMR secondary sources", product: "CRUDEOIL", in: database)
        let table = try ProductionTable.compute(
            month: Month("2018-12")!, scope: try .group(named: "opec", in: database),
            selection: selection, database: database)
        let text = ReportRenderer.render(table.reportTable(), options: RenderOptions(format: .table))
        #expect(
            text == """
                OPEC crude oil production based on OPEC MOMR secondary sources, kb/d, Dec 18
                Code  Producer              2016  2017  2Q18  3Q18    4Q18  Oct 18  Nov 18  Dec 18  Dec/Nov
                ----  --------------------  ----  ----  ----  ----  ------  ------  ------  ------  -------
                DZ    Algeria               ..    ..    ..    ..        ..   1,057      ..      ..       ..
                AO    Angola                ..    ..    ..    ..        ..   1,528      ..      ..       ..
                CG    Congo                 ..    ..    ..    ..        ..     325      ..      ..       ..
                EC    Ecuador               ..    ..    ..    ..        ..     524      ..      ..       ..
                GQ    Equatorial Guinea     ..    ..    ..    ..        ..     127      ..      ..       ..
                GA    Gabon                 ..    ..    ..    ..        ..     187      ..      ..       ..
                ID    Indonesia             ..    ..    ..    ..        ..      ..      ..      ..       ..
                IR    Iran                  ..    ..    ..    ..        ..      ..      ..      ..       ..
                IQ    Iraq                  ..    ..    ..    ..        ..   4,653      ..      ..       ..
                KW    Kuwait                ..    ..    ..    ..        ..      ..      ..      ..       ..
                LY    Libya                 ..    ..    ..    ..        ..      ..      ..     928       ..
                NG    Nigeria               ..    ..    ..    ..        ..   1,829      ..      ..       ..
                QA    Qatar                 ..    ..    ..    ..        ..      ..      ..      ..       ..
                SA    Saudi Arabia          ..    ..    ..    ..        ..  10,633  11,020      ..       ..
                AE    United Arab Emirates  ..    ..    ..    ..        ..   3,168      ..      ..       ..
                VE    Venezuela             ..    ..    ..    ..        ..      ..      ..      ..       ..
                ----  --------------------  ----  ----  ----  ----  ------  ------  ------  ------  -------
                      Total OPEC            ..    ..    ..    ..    32,270  32,900  32,331  31,580     -751
                Source: OPEC MOMR secondary sources; product: Crude oil (CRUDEOIL).
                Unit: kb/d (thousand barrels per day).
                Annual and quarterly figures are day-weighted averages (sum of value × days / sum of days), shown only when every month of the period has a figure (--partial shows the others). `..` = no figure, or not a member.
                Members as of each month: Congo from 2018-06; Equatorial Guinea from 2017-05; Gabon from 2016-07; Indonesia until 2016-11.
                Total OPEC for Oct 18, Nov 18, Dec 18 is the published total of OPEC MOMR secondary sources (OPEC), since not every member has a figure; it follows the membership of the report that printed it.
                Totals may not add up due to independent rounding.

                """)
    }
}
