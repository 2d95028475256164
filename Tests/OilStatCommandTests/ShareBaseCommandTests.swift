import Foundation
import Testing

/// Shares of a stated base (`--of`, `--world-source`), units that never vanish, missing never zero, like-for-like
/// `compare` and defaults that do not depend on the months asked (issue 10 items 1, 3, 4, 5), run through the binary.
@Suite(.serialized)
struct ShareBaseCommandTests {
    static let fixtures = CommandRunner.repository.appendingPathComponent("Tests/OilStatImportTests/Fixtures")
    static let momr = "OPEC MOMR world oil supply"

    /// A runner whose database holds the bundled data and the MOMR world-supply fixture (figures as printed; each
    /// row's note cites its page).
    static func momrRunner() throws -> CommandRunner {
        let runner = CommandRunner()
        let loaded = try runner.run(["load", fixtures.appendingPathComponent("momr_world_supply.csv").path])
        #expect(loaded.status == 0, "\(loaded.errorOutput)")
        return runner
    }

    /// The CSV lines of a run, split into fields.
    static func rows(_ result: CommandRunner.Result) -> [[String]] {
        result.output.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    /// OPEC MOMR: "the share of OPEC crude in total global production" as printed, from the OPEC crude and world
    /// supply figures the same report prints (cited in the fixture's notes).
    @Test(arguments: [
        // MOMR Jun 2016: May 2016, 32.36 of 94.51 mb/d, "34.2 percent"; http://www.messenger.com.ge/issues/3650_june_15_2016/3650_econ_two.html
        ("2016-05", "34.2", "62150"),
        // MOMR Oct 2020: Sep 2020, 24.11 of 90.71 mb/d, "26.6%"; non-OPEC liquids 66.60 mb/d;
        // https://aa.com.tr/en/energy/international-organization/global-oil-production-decreases-in-september-2020/30788
        ("2020-09", "26.6", "66600"),
        // MOMR Dec 2021: Nov 2021, 27.72 of 98.28 mb/d, "28.2%"; non-OPEC liquids 70.56 mb/d;
        // https://aa.com.tr/en/energy/oil/global-oil-output-rises-by-074-in-november-2021/34220
        ("2021-11", "28.2", "70560"),
    ])
    func opecShareOfWorldSupplyAsMOMRPrintsIt(month: String, published: String, nonOPEC: String) throws {
        let runner = try Self.momrRunner()
        let result = try runner.run([
            "share", "--month", month, "--source", Self.momr, "--producers", "OPEC,non-OPEC", "--of", "world",
            "--format", "csv",
        ])
        #expect(result.status == 0, "\(result.errorOutput)")
        let rows = Self.rows(result)
        let opec = try #require(rows.first { $0[1] == "OPEC" })
        #expect(String(format: "%.1f", Double(opec[4])!) == published)
        let derived = try #require(rows.first { $0[1] == "non-OPEC" })
        #expect(derived[3] == nonOPEC)
        // Without --of, the source's world figure makes the base world; the title says so in words.
        let table = try runner.run([
            "share", "--month", month, "--source", Self.momr, "--producers", "OPEC,non-OPEC", "--format", "table",
        ])
        #expect(table.output.hasPrefix("Market shares, OPEC, non-OPEC, \(month): share of world supply"))
        #expect(table.output.contains("as published by OPEC MOMR world oil supply"))
        #expect(table.output.contains("derived by OilStat, not published"))
        #expect(!table.output.contains("All producers"))
    }

    /// `--world-source`: the Reuters survey's May 2016 OPEC figures (bundled) as shares of the world supply MOMR
    /// printed for that month: 32,520 of 94,510 kb/d = 34.41%, Saudi Arabia 10,250 = 10.85%.
    @Test func worldSourceTakesTheWorldTotalOfAnotherSource() throws {
        let runner = try Self.momrRunner()
        let result = try runner.run([
            "share", "--month", "2016-05", "--source", "Reuters survey", "--group", "opec", "--world-source", Self.momr,
            "--format", "csv",
        ])
        #expect(result.status == 0, "\(result.errorOutput)")
        let rows = Self.rows(result)
        #expect(rows[1].prefix(5) == ["1", "SA", "Saudi Arabia", "10250", "10.85"])
        #expect(rows.last?.suffix(2) == ["32520", "34.41"])
        let wrong = try runner.run(["share", "--month", "2016-05", "--of", "listed", "--world-source", Self.momr])
        #expect(wrong.status != 0 && wrong.errorOutput.contains("--world-source goes with --of world"))
    }

    /// `--of source-total`: Saudi Arabia's 10,633 kb/d in Oct 2018 is 32.32% of the 32,900 kb/d OPEC total MOMR
    /// printed (secondary sources, bundled); the 10 members with figures are 73.04% of it. `--of listed` gives the
    /// old base, stated as such.
    @Test func sourceTotalAndListedBases() throws {
        let runner = CommandRunner()
        let total = try runner.run([
            "share", "--month", "2018-10", "--source", "OPEC MOMR secondary sources", "--group", "opec", "--of",
            "source-total", "--format", "table",
        ])
        #expect(total.status == 0, "\(total.errorOutput)")
        #expect(
            total.output.hasPrefix("Market shares, OPEC, 2018-10: share of the OPEC total as published by OPEC MOMR"))
        #expect(total.output.contains("10,633    32.32"))
        #expect(total.output.contains("Total (10 producers)  24,031    73.04"))
        let listed = try runner.run([
            "share", "--month", "2018-10", "--source", "OPEC MOMR secondary sources", "--format", "table",
        ])
        #expect(
            listed.output.hasPrefix(
                "Market shares, Listed producers, 2018-10: share of the 10 producers this source lists"))
        #expect(listed.output.contains("10,633    44.25"))
        #expect(listed.output.contains("not necessarily the world"))
        let list = try runner.run(["share", "--month", "2018-10", "--producers", "SA,IQ", "--of", "source-total"])
        #expect(list.status != 0 && list.errorOutput.contains("--of source-total needs --group"))
    }

    /// An empty selection prints `..`, never a total of 0: the news report has no OPEC figure.
    @Test func emptySelectionsPrintDotsNotZero() throws {
        let runner = CommandRunner()
        let share = try runner.run([
            "share", "--month", "2018-10", "--source", "news report", "--producers", "OPEC", "--format", "table",
        ])
        #expect(share.status == 0, "\(share.errorOutput)")
        #expect(share.output.contains("Total (0 producers)  ..    .."))
        #expect(share.output.contains("nothing to share"))
        #expect(!share.output.contains("Total (0 producers)  0"))
        let compare = try runner.run([
            "compare", "2018-10", "2018-11", "--source", "news report", "--group", "opec", "--format", "csv",
        ])
        #expect(compare.status == 0, "\(compare.errorOutput)")
        #expect(compare.output.hasSuffix("Total,0 producers in both months,,,,,,,\n"))
        let none = try runner.run(["compare", "2030-01", "2030-02", "--source", "news report"])
        #expect(none.status != 0 && none.errorOutput.contains("no production figures for 2030-01, 2030-02"))
    }

    /// Like-for-like compare: with one producer left in Nov 2018 the listed base is that producer (100%, stated),
    /// and with the published OPEC total Saudi Arabia goes from 10,633/32,900 = 32.32% to 11,020/32,331 = 34.08%.
    @Test func compareSharesAreLikeForLike() throws {
        let runner = CommandRunner()
        let listed = try runner.run([
            "compare", "2018-10", "2018-11", "--source", "OPEC MOMR secondary sources", "--format", "table",
        ])
        #expect(!listed.output.contains("55.75"))
        #expect(listed.output.contains("Only one producer has a figure in both months"))
        let total = try runner.run([
            "compare", "2018-10", "2018-11", "--source", "OPEC MOMR secondary sources", "--group", "opec", "--of",
            "source-total", "--format", "csv",
        ])
        let saudi = try #require(Self.rows(total).first { $0.first == "SA" })
        #expect(saudi.suffix(3) == ["32.32", "34.08", "1.77"])
        let help = try runner.run(["compare", "--help"])
        #expect(help.output.contains("--group opec --of source-total"))
    }

    /// Figures stored only in thousand tonnes appear in kb/d and in kt: JODI's own Saudi rows of Jan 2024 (OpenBB
    /// fixture) imported without the KBD and KBBL rows, into a database whose bundled data has no production figures
    /// (the bundled JODI rows carry Saudi Arabia's KBD figure). 37,912.8772 kt × 7.323 bbl/t (JODI's CONVBBL) / 31
    /// days = 8,956 kb/d, which JODI itself prints as 8,956 KBD in the same file.
    @Test func tonnesAppearInKBDAndKT() throws {
        let runner = CommandRunner()
        let data = URL(fileURLWithPath: runner.databasePath).deletingLastPathComponent().appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let bundled = CommandRunner.repository.appendingPathComponent("Data")
        for name in try FileManager.default.contentsOfDirectory(atPath: bundled.path) where name.hasSuffix(".csv") {
            try FileManager.default.copyItem(
                at: bundled.appendingPathComponent(name), to: data.appendingPathComponent(name))
        }
        try Data("producer,month,value,unit,source,product,note\n".utf8).write(
            to: data.appendingPathComponent("production.csv"))
        let environment = ["OILSTAT_DATA": data.path]
        let sample = Self.fixtures.appendingPathComponent("jodi_openbb_sample.csv").path
        let imported = try runner.run(
            ["import", sample, "--unit", "KTONS", "--unit", "CONVBBL"], environment: environment)
        #expect(imported.status == 0, "\(imported.errorOutput)")
        let kbd = try runner.run(
            ["share", "--month", "2024-01", "--source", "JODI", "--producers", "SA", "--format", "table"],
            environment: environment)
        #expect(kbd.status == 0, "\(kbd.errorOutput)")
        #expect(kbd.output.contains("1  SA    Saudi Arabia        8,956   100.00"))
        #expect(kbd.output.contains("Stored in kt"))
        #expect(kbd.output.contains("SA at 7.323 bbl/t (the source's CONVBBL factor)"))
        let kt = try runner.run(
            [
                "share", "--month", "2024-01", "--source", "JODI", "--producers", "SA", "--unit", "kt", "--format",
                "csv",
            ],
            environment: environment)
        #expect(Self.rows(kt)[1].prefix(4) == ["1", "SA", "Saudi Arabia", "37913"])
    }

    /// The case: over 2002-01..2025-12 of the generated JODI file, Saudi Arabia's OTHERCRUDE (all 0) covers
    /// one more month than CRUDEOIL; the default product stays crude oil and the notes say why.
    @Test func defaultProductIsCrudeOilOverALongJODIRange() throws {
        let runner = CommandRunner()
        let file = Self.fixtures.appendingPathComponent("jodi_generated_sa_primary.csv").path
        #expect(try runner.run(["import", file]).status == 0)
        for (from, to) in [("2002-01", "2025-12"), ("2025-09", "2025-12")] {
            let result = try runner.run([
                "changes", "--producer", "SA", "--from", from, "--to", to, "--format", "table",
            ])
            #expect(result.status == 0, "\(result.errorOutput)")
            #expect(result.output.contains("2025-12  9,417"))
            #expect(result.output.contains("product: Crude oil (CRUDEOIL) (default: crude oil)"))
            #expect(result.output.contains("Source: JODI (default: the most figures for SA over all months"))
        }
    }
}
