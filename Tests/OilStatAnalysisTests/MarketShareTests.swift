import OilStatCore
import Testing

@testable import OilStatAnalysis

struct MarketShareTests {
    @Test func saudiArabiaHeldAThirdOfTheBigThreeInOctober2018() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let month = Month("2018-10")!
        let selection = try SeriesSelection.resolve(
            in: database, months: [month], sourceName: "news report", productCode: nil)
        let share = try MarketShare.compute(
            month: month, scope: .world, selection: selection, base: .listed, database: database)
        #expect(share.total == 33_500)
        #expect(share.entries.map(\.producer.code) == ["RU", "US", "SA"])
        let saudi = try #require(share.entries.first { $0.producer.code == "SA" })
        #expect(abs(saudi.sharePercent! - 10_700.0 / 33_500 * 100) < 1e-9)
        #expect(String(format: "%.2f", saudi.sharePercent!) == "31.94")
        #expect(share.topShare(2)! > 68.05 && share.topShare(2)! < 68.07)
    }

    @Test func opecSharesUseTheMembershipOfTheMonth() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let opec = try ProducerScope.group(named: "OPEC", in: database)
        let october2018 = try #require(try opec.members(in: Month("2018-10")!, database: database))
        let january2019 = try #require(try opec.members(in: Month("2019-01")!, database: database))
        let qatar = try database.producer(matching: "Qatar").id
        let ecuador = try database.producer(matching: "Ecuador").id
        let angola = try database.producer(matching: "Angola").id
        #expect(october2018.contains(qatar) && !january2019.contains(qatar))
        #expect(january2019.contains(ecuador))
        #expect(try !opec.members(in: Month("2020-01")!, database: database)!.contains(ecuador))
        #expect(try !opec.members(in: Month("2024-01")!, database: database)!.contains(angola))
        #expect(october2018.count == 15)
        #expect(try ProducerScope.nonOPEC.members(in: Month("2018-10")!, database: database)!.contains(qatar) == false)
        #expect(try ProducerScope.nonOPEC.members(in: Month("2019-01")!, database: database)!.contains(qatar))
    }

    @Test func groupSharesNameMembersWithoutAFigure() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let month = Month("2018-10")!
        let selection = try SeriesSelection.resolve(
            in: database, months: [month], sourceName: "OPEC MOMR secondary sources", productCode: nil)
        let share = try MarketShare.compute(
            month: month, scope: try .group(named: "opec", in: database), selection: selection, base: .listed,
            database: database)
        // The MOMR secondary-source levels of Oct 2018 are known for 10 of the 15 members: the Dec 2018 agreement's
        // OPEC-11 less Kuwait (whose reference month is Sep 2018), 26,840 − 2,809 = 24,031 kb/d (Saudi Arabia 10,633).
        #expect(share.entries.count == 10)
        #expect(abs(share.total - 24_031) < 1e-6)
        #expect(share.entries.first?.producer.code == "SA" && share.entries.first?.kbd == 10_633)
        #expect(Set(share.missing.map(\.code)) == ["IR", "KW", "LY", "QA", "VE"])
    }

    @Test func unknownGroupsAndSourcesSuggestNames() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        #expect(throws: OilStatError.self) { try ProducerScope.group(named: "opex", in: database) }
        do {
            _ = try ProducerScope.group(named: "opex", in: database)
        } catch let error as OilStatError {
            #expect(error.description.contains("did you mean opec"))
        }
        do {
            _ = try SeriesSelection.resolve(
                in: database, months: [Month("2030-01")!], sourceName: nil, productCode: nil)
            Issue.record("expected no data")
        } catch let error as OilStatError {
            #expect(
                error.description.hasPrefix(
                    "no production figures for 2030-01 from any source; nearest months with data: "))
        }
    }
}
