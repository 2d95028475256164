import Foundation
import Testing

/// `oilstat update jodi` against a local server: first fetch, 304, a changed release, redirects, proxies, dry run,
/// offline.
@Suite(.serialized)
struct UpdateJODITests {
    @Test func firstFetchImportsTheReleaseDatedByLastModified() throws {
        let server = try JODIFixture.server()
        let runner = UpdateRunner()
        let result = try runner.run(["update", "jodi", "--base-url", server.url(JODIFixture.path)])
        #expect(result.status == 0, "\(result.all)")
        // 15 real rows: 3 are missing markers (x, -, -), 12 figures stored.
        #expect(
            result.output.contains(
                "jodi: downloaded world_Primary_CSV.zip (400 B, Last-Modified \(JODIFixture.februaryDate))"))
        #expect(
            result.output.contains(
                "jodi: vintage 2024-03-20: world_Primary_CSV.zip:world_Primary_CSV.csv: 15 rows read, 12 stored, 3 missing"
            ))
        #expect(runner.cached("world_Primary_CSV.zip"))
        #expect(!runner.cached("world_Primary_CSV.zip.part"))
        let request = try #require(server.received(path: JODIFixture.path).first)
        #expect(request.header("User-Agent")?.contains("oilstat") == true)
        #expect(request.header("If-None-Match") == nil)
        let share = try runner.run(["share", "--month", "2024-01", "--source", "JODI", "--format", "csv"])
        #expect(share.output.contains("8956"), "\(share.all)")
    }

    @Test func unchangedFileWritesNothing() throws {
        let server = try JODIFixture.server()
        let runner = UpdateRunner()
        let address = server.url(JODIFixture.path)
        #expect(try runner.run(["update", "jodi", "--base-url", address]).status == 0)
        let database = runner.databaseDigest()
        let cache = runner.cacheSnapshot()
        let second = try runner.run(["update", "jodi", "--base-url", address])
        #expect(second.status == 0, "\(second.all)")
        #expect(second.output == "jodi: unchanged on the server (304 Not Modified); nothing written\n")
        #expect(server.received(path: JODIFixture.path).last?.header("If-None-Match") == JODIFixture.februaryTag)
        #expect(server.received(path: JODIFixture.path).last?.header("If-Modified-Since") == JODIFixture.februaryDate)
        #expect(runner.databaseDigest() == database)
        #expect(runner.cacheSnapshot() == cache)
    }

    @Test func changedReleaseIsImportedAsANewVintage() throws {
        let server = try FixtureServer { request, _ in
            FixtureReply.file(
                JODIFixture.january, etag: JODIFixture.januaryTag, lastModified: JODIFixture.januaryDate, for: request)
        }
        let runner = UpdateRunner()
        let address = server.url(JODIFixture.path)
        let first = try runner.run(["update", "jodi", "--base-url", address])
        // January: the 12 rows of 2024-01, 3 of them missing markers.
        #expect(
            first.output.contains(
                "vintage 2024-02-20: world_Primary_CSV.zip:world_Primary_CSV.csv: 12 rows read, 9 stored, 3 missing"),
            "\(first.all)")
        server.respond { request, _ in
            FixtureReply.file(
                JODIFixture.february, etag: JODIFixture.februaryTag, lastModified: JODIFixture.februaryDate,
                for: request)
        }
        let second = try runner.run(["update", "jodi", "--base-url", address])
        #expect(second.status == 0, "\(second.all)")
        #expect(server.received(path: JODIFixture.path).last?.header("If-None-Match") == JODIFixture.januaryTag)
        #expect(
            second.output.contains(
                "vintage 2024-03-20: world_Primary_CSV.zip:world_Primary_CSV.csv: 15 rows read, 12 stored, 3 missing"),
            "\(second.all)")
        // Two imports of the source, the second with the February rows (the vintage column is the vintages work's).
        let imports = try runner.run(["imports"]).output.split(separator: "\n").filter { $0.contains(",jodi,") }
        #expect(imports.count == 2)
        #expect(imports.first?.contains(",12,9,3,0,0,") == true && imports.last?.contains(",15,12,3,0,") == true)
        let share = try runner.run(["share", "--month", "2024-02", "--source", "JODI", "--format", "csv"])
        #expect(share.output.contains("9011"), "\(share.all)")
    }

    @Test func redirectIsFollowed() throws {
        let server = try FixtureServer { request, _ in
            if request.path == "/old/world_Primary_CSV.zip" {
                return FixtureReply(status: 301, headers: [("Location", "/new/world_Primary_CSV.zip")])
            }
            return FixtureReply.file(
                JODIFixture.february, etag: JODIFixture.februaryTag, lastModified: JODIFixture.februaryDate,
                for: request)
        }
        let runner = UpdateRunner()
        let result = try runner.run(["update", "jodi", "--base-url", server.url("/old/world_Primary_CSV.zip")])
        #expect(result.status == 0, "\(result.all)")
        #expect(server.received(path: "/new/world_Primary_CSV.zip").count == 1)
        #expect(result.output.contains("15 rows read, 12 stored"))
    }

    @Test func proxyFromTheEnvironmentIsUsedAndNoProxyBypassesIt() throws {
        // The fixture server stands in for the proxy: AsyncHTTPClient opens a tunnel (CONNECT) to the host through
        // it, which this server does not grant, so the update fails, but only after asking the proxy.
        let server = try JODIFixture.server()
        // data.invalid cannot be resolved (RFC 2606): nothing but the proxy is asked for it.
        let address = "http://data.invalid" + JODIFixture.path
        let proxy = ["HTTP_PROXY": "127.0.0.1:\(server.port)", "OILSTAT_UPDATE_ATTEMPTS": "1"]
        let result = try UpdateRunner().run(["update", "jodi", "--base-url", address], environment: proxy)
        #expect(result.status != 0)
        let request = try #require(server.received().first)
        #expect(request.method == "CONNECT" && request.target == "data.invalid:80")
        var bypass = proxy
        bypass["NO_PROXY"] = "localhost,.invalid"
        let direct = try UpdateRunner().run(["update", "jodi", "--base-url", address], environment: bypass)
        #expect(direct.status != 0)
        #expect(server.received().count == 1)
    }

    @Test func dryRunVerifiesWithoutImportingAndTheNextRunImportsTheCachedCopy() throws {
        let server = try JODIFixture.server()
        let runner = UpdateRunner()
        let address = server.url(JODIFixture.path)
        let dry = try runner.run(["update", "jodi", "--dry-run", "--base-url", address])
        #expect(dry.status == 0, "\(dry.all)")
        #expect(dry.output.contains("dry run: verified, not imported"))
        #expect(runner.databaseDigest() == "absent/absent")
        let real = try runner.run(["update", "jodi", "--base-url", address])
        #expect(real.output.contains("unchanged on the server (304); importing the cached copy"), "\(real.all)")
        #expect(real.output.contains("15 rows read, 12 stored"))
    }

    @Test func offlineSaysWhatWouldBeFetchedAndFetchesNothing() throws {
        let server = try JODIFixture.server()
        let runner = UpdateRunner()
        let address = server.url(JODIFixture.path)
        #expect(try runner.run(["update", "jodi", "--base-url", address]).status == 0)
        let offline = try runner.run(["update", "jodi", "--offline", "--base-url", address])
        #expect(offline.status == 0, "\(offline.all)")
        #expect(offline.output.contains("jodi: would fetch \(address)"))
        #expect(offline.output.contains("(400 B, imported, ETag \(JODIFixture.februaryTag)"))
        #expect(server.received().count == 1)
    }

    @Test func quietPrintsNothing() throws {
        let server = try JODIFixture.server()
        let result = try UpdateRunner().run(["update", "jodi", "--quiet", "--base-url", server.url(JODIFixture.path)])
        #expect(result.status == 0)
        #expect(result.output.isEmpty && result.errorOutput.isEmpty, "\(result.all)")
    }
}
