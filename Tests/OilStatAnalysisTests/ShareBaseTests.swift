import OilStatCore
import Testing

@testable import OilStatAnalysis

/// ``ShareBase`` through the library API: the default base, each base's value and words, aggregates as
/// numerators and a base smaller than its parts.
struct ShareBaseTests {
    /// The bundled data and the MOMR world-supply fixture (figures as printed; each row's note cites its page).
    static func database() throws -> OilStatDatabase {
        let database = try AnalysisTestSupport.bundledDatabase()
        _ = try LongCSVLoader().load(
            AnalysisTestSupport.repository.appendingPathComponent(
                "Tests/OilStatImportTests/Fixtures/momr_world_supply.csv"), into: database)
        return database
    }

    static func selection(_ source: String, _ month: Month, in database: OilStatDatabase) throws -> SeriesSelection {
        try SeriesSelection.resolve(in: database, months: [month], sourceName: source, productCode: nil)
    }

    /// World when the source (or the world source) has a world figure for the month, else listed.
    @Test func theDefaultBaseIsWorldOnlyWhenAWorldFigureExists() throws {
        let database = try Self.database()
        let month = Month("2021-11")!
        let momr = try Self.selection("OPEC MOMR world oil supply", month, in: database)
        #expect(try ShareBase.automatic(months: [month], selection: momr, database: database) == .world(source: nil))
        let october = Month("2018-10")!
        let secondary = try Self.selection("OPEC MOMR secondary sources", october, in: database)
        #expect(try ShareBase.automatic(months: [october], selection: secondary, database: database) == .listed)
        // Both months must have the world figure.
        #expect(
            try ShareBase.automatic(months: [month, month.previous], selection: momr, database: database) == .listed)
    }

    /// OPEC MOMR Dec 2021: OPEC crude 27.72 mb/d of world supply 98.28 mb/d, "28.2%"; non-OPEC (world − OPEC)
    /// 70.56 mb/d, as the report prints non-OPEC liquids
    /// (https://aa.com.tr/en/energy/oil/global-oil-output-rises-by-074-in-november-2021/34220).
    @Test func aggregatesAreNumeratorsOfTheWorldBase() throws {
        let database = try Self.database()
        let month = Month("2021-11")!
        let selection = try Self.selection("OPEC MOMR world oil supply", month, in: database)
        let scope = try ProducerScope.producers(list: "OPEC,non-OPEC", in: database)
        let share = try MarketShare.compute(
            month: month, scope: scope, selection: selection, base: .world(source: nil), database: database)
        #expect(share.baseKBD == 98_280)
        let opec = try #require(share.entries.first { $0.producer.code == "OPEC" })
        #expect(NumberText.fixed(opec.sharePercent!, decimals: 1) == "28.2")
        let nonOPEC = try #require(share.entries.first { $0.producer == ProducerScope.derivedNonOPEC })
        #expect(abs(nonOPEC.kbd - 70_560) < 1e-6)
        #expect(share.baseDescription.hasPrefix("world supply (Total petroleum and other liquids, TOTPETLIQ)"))
        #expect(share.findings.contains { $0.contains("derived by OilStat, not published") })
    }

    /// A base below the sum of its parts is stated, with the shares' sum above 100%. CONSTRUCTED case (not a
    /// publication): MOMR's Oct 2018 secondary-source figures for Saudi Arabia (10,633) and Iraq (4,653) under a
    /// made-up "OPEC" total of 15,000 kb/d, as a table whose printed total is rounded down would give.
    @Test func aBaseSmallerThanItsPartsIsReported() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        try AnalysisTestSupport.load(
            """
            producer,month,value,unit,source,product,note
            SA,2018-10,10633,kb/d,constructed table,CRUDEOIL,MOMR Nov 2018 secondary sources (bundled)
            IQ,2018-10,4653,kb/d,constructed table,CRUDEOIL,MOMR Nov 2018 secondary sources (bundled)
            OPEC,2018-10,15000,kb/d,constructed table,CRUDEOIL,made up: a total below its parts
            """, into: database)
        let month = Month("2018-10")!
        let selection = try Self.selection("constructed table", month, in: database)
        let share = try MarketShare.compute(
            month: month, scope: try .group(named: "opec", in: database), selection: selection, base: .sourceTotal,
            database: database)
        #expect(share.baseKBD == 15_000 && share.total == 15_286)
        #expect(NumberText.fixed(share.totalSharePercent!, decimals: 2) == "101.91")
        let note = try #require(share.findings.first { $0.contains("is smaller than the sum") })
        #expect(note.contains("the shares add up to 101.91%, more than 100%"))
        let table = share.reportTable()
        #expect(table.notes.contains(note))
    }

    /// Without a base figure shares are missing, never 0: the news report publishes no world figure.
    @Test func aMissingBaseGivesNoShares() throws {
        let database = try AnalysisTestSupport.bundledDatabase()
        let month = Month("2018-10")!
        let selection = try Self.selection("news report", month, in: database)
        let share = try MarketShare.compute(
            month: month, scope: .world, selection: selection, base: .world(source: nil), database: database)
        #expect(share.entries.count == 3 && share.entries.allSatisfy { $0.sharePercent == nil })
        #expect(share.baseKBD == nil && share.totalSharePercent == nil && share.topShare(2) == nil)
        #expect(share.findings.contains("news report publishes no world figure for 2018-10: shares are `..`."))
    }
}
