import OilStatCore
import OilStatReport
import Testing

@testable import OilStatAnalysis

struct ConcentrationTests {
    @Test func hhiIsTheSumOfSquaredPercentageShares() {
        #expect(Concentration.hhi(sharesPercent: [100]) == 10_000)
        #expect(Concentration.hhi(sharesPercent: [50, 30, 20]) == 3_800)
        #expect(Concentration.hhi(sharesPercent: [25, 25, 25, 25]) == 2_500)
    }

    @Test func concentrationOfTheSeedArticlesThreeProducers() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let selection = try SeriesSelection.named(source: "news report", product: "CRUDEOIL", in: database)
        let result = try Concentration.compute(
            month: Month("2018-10")!, scope: .world, sets: [try .group(named: "big3", in: database)],
            selection: selection, database: database)
        let squares: Double = 10_700.0 * 10_700.0 + 2.0 * 11_400.0 * 11_400.0
        let expected = squares / (33_500.0 * 33_500.0) * 10_000
        #expect(abs(result.current.hhi - expected) < 1e-9)
        #expect(NumberText.fixed(result.current.hhi, decimals: 0) == "3336")
        #expect(result.current.topShares[3] == 100 && result.current.producerCount == 3)
        #expect(result.current.sets[0].name == "big3" && abs(result.current.sets[0].sharePercent! - 100) < 1e-9)
    }

    @Test func topSharesAndRankChangesOnTestFigures() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        try AnalysisTestSupport.load(
            """
            producer,month,value,unit,source
            SA,2024-01,400,kb/d,concentration test
            RU,2024-01,300,kb/d,concentration test
            US,2024-01,200,kb/d,concentration test
            IQ,2024-01,100,kb/d,concentration test
            SA,2024-02,300,kb/d,concentration test
            RU,2024-02,200,kb/d,concentration test
            US,2024-02,400,kb/d,concentration test
            CA,2024-02,100,kb/d,concentration test
            """, into: database)
        let selection = try SeriesSelection.named(source: "concentration test", product: "CRUDEOIL", in: database)
        let result = try Concentration.compute(
            month: Month("2024-02")!, comparedTo: Month("2024-01")!, scope: .world,
            sets: [try .producers(list: "SA,RU", in: database)], selection: selection, database: database)
        #expect(result.current.hhi == 3_000 && result.compared?.hhi == 3_000)
        #expect(result.current.topShares[3] == 90 && result.current.topShares[5] == 100)
        #expect(result.current.sets[0].name == "SA+RU" && result.current.sets[0].sharePercent == 50)
        #expect(result.compared?.sets[0].sharePercent == 70)

        let ranking = try Ranking.compute(
            month: Month("2024-02")!, comparedTo: Month("2024-01")!, scope: .world,
            selection: selection, database: database)
        #expect(ranking.entries.map(\.producer.code) == ["US", "SA", "RU", "CA"])
        #expect(ranking.entries.map(\.rankChange) == [2, -1, -1, nil])
        #expect(ranking.droppedOut.map(\.producer.code) == ["IQ"] && ranking.droppedOut.map(\.rank) == [4])
    }

    @Test func goldenConcentrationOfTheSeedArticle() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let selection = try SeriesSelection.named(source: "news report", product: "CRUDEOIL", in: database)
        let result = try Concentration.compute(
            month: Month("2018-10")!, scope: .world, sets: [try .group(named: "big3", in: database)],
            selection: selection, database: database)
        let text = ReportRenderer.render(result.reportTable(), options: RenderOptions(format: .table))
        #expect(
            text == """
                Concentration of production, Listed producers, 2018-10
                Month    Producers  Total kb/d  Top 3 %  Top 5 %  Top 10 %    HHI  big3 %
                -------  ---------  ----------  -------  -------  --------  -----  ------
                2018-10          3      33,500   100.00   100.00    100.00  3,336  100.00
                Source: news report; product: Crude oil (CRUDEOIL).
                Unit: kb/d (thousand barrels per day); shares in percent of the total of the producers with a figure (base: listed; scope: Listed producers).
                HHI = sum of squared percentage shares (0–10,000; 10,000 = one producer). Top N = combined share of the N largest.
                2018-10: only 3 producers have a figure, so Top 5/10 cover all of them.

                """)
    }

    @Test func goldenOPECRankingDecember2019AgainstNovember() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let selection = try SeriesSelection.named(source: "Reuters survey", product: "CRUDEOIL", in: database)
        let ranking = try Ranking.compute(
            month: Month("2019-12")!, comparedTo: Month("2019-11")!, scope: try .group(named: "opec", in: database),
            selection: selection, database: database)
        let text = ReportRenderer.render(ranking.reportTable(), options: RenderOptions(format: .table))
        #expect(
            text == """
                Ranking, OPEC, 2019-12 compared with 2019-11
                 #  Code  Producer              Dec 19 kb/d  Share %  # Nov 19  Rank ch.  Nov 19 kb/d  Change
                --  ----  --------------------  -----------  -------  --------  --------  -----------  ------
                 1  SA    Saudi Arabia                9,800    33.22         1         0        9,850     -50
                 2  IQ    Iraq                        4,570    15.49         2         0        4,620     -50
                 3  AE    United Arab Emirates        3,040    10.31         3         0        3,065     -25
                 4  KW    Kuwait                      2,710     9.19         4         0        2,720     -10
                 5  IR    Iran                        2,080     7.05         5         0        2,100     -20
                 6  NG    Nigeria                     1,830     6.20         6         0        1,910     -80
                 7  AO    Angola                      1,400     4.75         7         0        1,250     150
                 8  LY    Libya                       1,150     3.90         8         0        1,180     -30
                 9  DZ    Algeria                     1,020     3.46         9         0        1,020       0
                10  VE    Venezuela                     720     2.44        10         0          680      40
                11  EC    Ecuador                       510     1.73        11         0          500      10
                12  CG    Congo                         340     1.15        12         0          340       0
                13  GA    Gabon                         210     0.71        13         0          210       0
                14  GQ    Equatorial Guinea             120     0.41        14         0          120       0
                Source: Reuters survey; product: Crude oil (CRUDEOIL).
                Unit: kb/d (thousand barrels per day).
                Ranked by production among the producers with a figure (OPEC); shares of their total (base: listed).
                Rank ch. = places gained since 2019-11 (positive = up); `..` = no figure in 2019-11 (new in the ranking).

                """)
    }
}
