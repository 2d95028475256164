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
        #expect(result.output.contains("eia: fetched 23 rows in 3 pages"))
        // 23 rows: Iran's value is "--" (missing); 22 stored.
        #expect(
            result.output.contains(
                "eia: vintage 2019-01-31: eia-international.json: 23 rows read, 22 stored, 1 missing"))
        #expect(!result.all.contains(EIAFixture.key))
        let again = try runner.run(
            ["update", "eia", "--base-url", server.url(EIAFixture.apiPath), "--since", "2018-09"],
            environment: ["EIA_API_KEY": EIAFixture.key])
        #expect(
            again.output.hasSuffix("eia: 23 rows, unchanged since the last update; nothing written\n"), "\(again.all)")
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
        #expect(result.output.contains("23 rows read, 22 stored, 1 missing"))
    }

    @Test func bulkFileImports() throws {
        let server = try EIAFixture.server()
        let runner = UpdateRunner()
        let result = try runner.run(["update", "eia-bulk", "--base-url", server.url(EIAFixture.bulkPath)])
        #expect(result.status == 0, "\(result.all)")
        #expect(
            result.output.contains(
                "eia-bulk: vintage 2019-01-31: INTL.zip:INTL.txt: 23 rows read, 22 stored, 1 missing"))
        let again = try runner.run(["update", "eia-bulk", "--base-url", server.url(EIAFixture.bulkPath)])
        #expect(again.output == "eia-bulk: unchanged on the server (304 Not Modified); nothing written\n")
    }

    /// The "done when": a fresh database filled by `oilstat update` gives a report with shares of world
    /// production and a conformity table with OPEC and non-OPEC producers.
    @Test func updateFillsAFreshDatabaseForTheReport() throws {
        let server = try EIAFixture.server()
        let runner = UpdateRunner()
        let update = try runner.run(
            ["update", "eia", "--base-url", server.url(EIAFixture.apiPath)],
            environment: ["EIA_API_KEY": EIAFixture.key])
        #expect(update.status == 0, "\(update.all)")
        let folder = runner.folder.appendingPathComponent("report").path
        let report = try runner.run(["report", "--month", "2018-10", "--source", "EIA", "--output-dir", folder])
        #expect(report.status == 0, "\(report.all)")
        let markdown = try String(contentsOfFile: folder + "/report-2018-10.md", encoding: .utf8)
        #expect(markdown.contains("Saudi Arabia"))
        #expect(markdown.contains("Russia"))
        #expect(markdown.lowercased().contains("share"))
        #expect(markdown.lowercased().contains("conformity"))
        #expect(markdown.contains("non-OPEC"))
    }
}
