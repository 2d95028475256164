import Foundation
import Testing

/// `oilstat update eia` (API v2, paginated, keyed) and `eia-bulk`, and the report they make possible.
@Suite(.serialized)
struct UpdateEIATests {
    @Test func apiPagesAreFollowedToTheTotal() throws {
        let server = try EIAFixture.server()
        let runner = UpdateRunner()
        let result = try runner.run(
            ["update", "eia", "--since", "2018-09", "--base-url", server.url(EIAFixture.apiPath)],
            environment: ["EIA_API_KEY": EIAFixture.key])
        #expect(result.status == 0, "\(result.all)")
        let requests = server.received(path: EIAFixture.apiPath)
        #expect(requests.map { $0.query["offset"] } == ["0", "10", "20"])
        let first = try #require(requests.first)
        #expect(first.query["length"] == "5000")
        #expect(first.query["frequency"] == "monthly")
        #expect(first.query["facets[productId][]"] == "57")
        #expect(first.query["facets[activityId][]"] == "1")
        #expect(first.query["facets[unit][]"] == "TBPD")
        #expect(first.query["start"] == "2018-09")
        #expect(result.output.contains("eia: fetched 24 rows in 3 pages"))
        // 24 rows: Iran's value is "--" (missing); 23 stored.
        #expect(
            result.output.contains(
                "eia: vintage 2019-01-31: eia-international.json: 24 rows read, 23 stored, 1 missing"))
        #expect(!result.all.contains(EIAFixture.key))
        let again = try runner.run(
            ["update", "eia", "--base-url", server.url(EIAFixture.apiPath), "--since", "2018-09"],
            environment: ["EIA_API_KEY": EIAFixture.key])
        #expect(
            again.output.hasSuffix("eia: 24 rows, unchanged since the last update; nothing written\n"), "\(again.all)")
    }

    @Test func wrongKeyGetsAClearMessageWithoutTheKey() throws {
        let server = try EIAFixture.server()
        let runner = UpdateRunner()
        let result = try runner.run(
            ["update", "eia", "--base-url", server.url(EIAFixture.apiPath)],
            environment: ["EIA_API_KEY": "wrong-key-77"])
        #expect(result.status != 0)
        #expect(result.errorOutput.contains("EIA refused the API key (HTTP 403)"), "\(result.all)")
        #expect(result.errorOutput.contains("https://www.eia.gov/opendata/register.php"))
        #expect(!result.all.contains("wrong-key-77"))
        #expect(server.received(path: EIAFixture.apiPath).count == 1)
        #expect(runner.databaseDigest() == "absent/absent")
    }

    @Test func missingKeyNamesHowToGetOne() throws {
        let server = try EIAFixture.server()
        let result = try UpdateRunner().run(["update", "eia", "--base-url", server.url(EIAFixture.apiPath)])
        #expect(result.status != 0)
        #expect(result.errorOutput.contains("no EIA API key: set EIA_API_KEY"), "\(result.all)")
        #expect(result.errorOutput.contains("https://www.eia.gov/opendata/register.php"))
        #expect(server.received().isEmpty)
    }

    @Test func keyFromTheConfigFile() throws {
        let server = try EIAFixture.server()
        let runner = UpdateRunner()
        let config = runner.folder.appendingPathComponent("config/oilstat")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("# oilstat\neia_api_key = \(EIAFixture.key)\n".utf8).write(to: config.appendingPathComponent("config"))
        let result = try runner.run(["update", "eia", "--base-url", server.url(EIAFixture.apiPath)])
        #expect(result.status == 0, "\(result.all)")
        #expect(result.output.contains("24 rows read, 23 stored, 1 missing"))
    }

    @Test func bulkFileImports() throws {
        let server = try EIAFixture.server()
        let runner = UpdateRunner()
        let result = try runner.run(["update", "eia-bulk", "--base-url", server.url(EIAFixture.bulkPath)])
        #expect(result.status == 0, "\(result.all)")
        #expect(
            result.output.contains(
                "eia-bulk: vintage 2019-01-31: INTL.zip:INTL.txt: 24 rows read, 23 stored, 1 missing"))
        let again = try runner.run(["update", "eia-bulk", "--base-url", server.url(EIAFixture.bulkPath)])
        #expect(again.output == "eia-bulk: unchanged on the server (304 Not Modified); nothing written\n")
    }

    /// The "done when": a fresh database filled by `oilstat update` gives reports with shares of world
    /// production and conformity tables: the OPEC side in Oct 2018 (opec-2016-12), the non-OPEC side (Russia) in
    /// Jan 2019 (opecplus-2018-12). Figures: Fixtures/README.md.
    @Test func updateFillsAFreshDatabaseForTheReport() throws {
        let server = try EIAFixture.server()
        let runner = UpdateRunner()
        let update = try runner.run(
            ["update", "eia", "--base-url", server.url(EIAFixture.apiPath)],
            environment: ["EIA_API_KEY": EIAFixture.key])
        #expect(update.status == 0, "\(update.all)")
        func report(_ month: String) throws -> [String] {
            let folder = runner.folder.appendingPathComponent("report").path
            let result = try runner.run(["report", "--month", month, "--source", "EIA", "--output-dir", folder])
            #expect(result.status == 0, "\(result.all)")
            let text = (try? String(contentsOfFile: folder + "/report-\(month).md", encoding: .utf8)) ?? ""
            return text.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        }
        let october = try report("2018-10")
        // Shares of world production: 10,633 of the source's World figure, 75,780 kb/d = 14.03 %; the 19 countries
        // with figures hold 50,711 kb/d = 66.92 % of it.
        #expect(october.contains("| 3 | SA | Saudi Arabia | 10,633 | 14.03 |"))
        #expect(october.contains("| | | **Total (19 producers)** | **50,711** | **66.92** |"))
        #expect(october.contains("Base (--of world): world production as published by EIA, 75,780 kb/d."))
        #expect(october.contains("- The source's own total for World: 75,780 kb/d."))
        // Reference 10,544, required cut 486, actual cut 10,544 - 10,633 = -89: -18 %.
        #expect(october.contains("| Saudi Arabia | 10,544 | 10,633 | 486 | -89 | -18 | counted |"))
        #expect(
            october.contains(
                "| Subtotal OPEC (7 of 11) | 21,708 | 21,750 | 998 | -42 | -4 | participants with figures |"))
        let january = try report("2019-01")
        // Russia: reference 11,400 (Oct 2018), cut 228 pledged, 11,380 produced: 20 cut, 9 %.
        #expect(january.contains("| Russia | 11,400 | 11,380 | 228 | 20 | 9 | counted |"))
        #expect(january.contains("| Subtotal non-OPEC (1) | 11,400 | 11,380 | 228 | 20 | 9 | sum of participants |"))
    }
}
