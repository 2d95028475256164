import Foundation
import Testing

/// What the real internet does to a download: 429, 5xx, cut and corrupt bodies, a slow server, a cut connection.
@Suite(.serialized)
struct UpdateFailureTests {
    @Test func tooManyRequestsThenSuccessHonoursRetryAfter() throws {
        let server = try FixtureServer { request, index in
            if index == 0 { return FixtureReply(status: 429, headers: [("Retry-After", "1")]) }
            return FixtureReply.file(
                JODIFixture.february, etag: JODIFixture.februaryTag, lastModified: JODIFixture.februaryDate,
                for: request)
        }
        let started = Date()
        let result = try UpdateRunner().run(["update", "jodi", "--base-url", server.url(JODIFixture.path)])
        #expect(result.status == 0, "\(result.all)")
        #expect(Date().timeIntervalSince(started) >= 1)
        #expect(result.errorOutput.contains("jodi: HTTP 429 Too Many Requests; retrying in 1.0 s (attempt 2 of 3)"))
        #expect(server.received(path: JODIFixture.path).count == 2)
        #expect(result.output.contains("15 rows read, 12 stored"))
    }

    @Test func serverErrorThreeTimesFailsClearlyAndLeavesTheDatabase() throws {
        let server = try FixtureServer { request, _ in
            FixtureReply.file(
                JODIFixture.january, etag: JODIFixture.januaryTag, lastModified: JODIFixture.januaryDate, for: request)
        }
        let runner = UpdateRunner()
        let address = server.url(JODIFixture.path)
        #expect(try runner.run(["update", "jodi", "--base-url", address]).status == 0)
        let database = runner.databaseDigest()
        let cache = runner.cacheSnapshot()
        server.respond { _, _ in FixtureReply(status: 500, body: Array("internal error".utf8)) }
        let result = try runner.run(["update", "jodi", "--base-url", address])
        #expect(result.status != 0)
        #expect(
            result.errorOutput.contains(
                "jodi: \(address): HTTP 500 Internal Server Error after 3 attempts; "
                    + "the cache and the database are unchanged"), "\(result.all)")
        #expect(server.received(path: JODIFixture.path).count == 4)
        #expect(runner.databaseDigest() == database)
        #expect(runner.cacheSnapshot() == cache)
    }

    @Test func truncatedBodyIsRejectedAndKeptForResuming() throws {
        let server = try FixtureServer { request, _ in
            var reply = FixtureReply.file(
                JODIFixture.february, etag: JODIFixture.februaryTag, lastModified: JODIFixture.februaryDate,
                for: request)
            reply.cutAfter = 100
            return reply
        }
        let runner = UpdateRunner()
        let result = try runner.run(
            ["update", "jodi", "--base-url", server.url(JODIFixture.path)],
            environment: ["OILSTAT_UPDATE_ATTEMPTS": "2"])
        #expect(result.status != 0)
        #expect(result.errorOutput.contains("after 2 attempts"), "\(result.all)")
        #expect(!runner.cached("world_Primary_CSV.zip"))
        // Each attempt got 100 bytes; the second resumed the first.
        #expect(runner.cachedSize("world_Primary_CSV.zip.part") == 200)
        #expect(server.received(path: JODIFixture.path).last?.header("Range") == "bytes=100-")
        #expect(runner.databaseDigest() == "absent/absent")
    }

    @Test(arguments: [
        ("corrupt zip", Array(JODIFixture.february.prefix(300)) + Array(repeating: UInt8(0x41), count: 100)),
        ("HTML page", Array("<html><body>Please enable JavaScript</body></html>".utf8)),
    ])
    func corruptDownloadIsRejected(kind: String, body: [UInt8]) throws {
        let server = try FixtureServer { request, _ in
            FixtureReply.file(body, etag: "\"bad\"", lastModified: JODIFixture.februaryDate, for: request)
        }
        let runner = UpdateRunner()
        let result = try runner.run(["update", "jodi", "--base-url", server.url(JODIFixture.path)])
        #expect(result.status != 0, "\(kind)")
        #expect(result.errorOutput.hasPrefix("Error: world_Primary_CSV.zip"), "\(kind): \(result.all)")
        #expect(!runner.cached("world_Primary_CSV.zip") && !runner.cached("world_Primary_CSV.zip.part"))
        #expect(runner.databaseDigest() == "absent/absent")
    }

    @Test func slowServerHitsTheReadTimeout() throws {
        let server = try FixtureServer { request, _ in
            var reply = FixtureReply.file(
                JODIFixture.february, etag: JODIFixture.februaryTag, lastModified: JODIFixture.februaryDate,
                for: request)
            reply.delay = 10
            return reply
        }
        let started = Date()
        let result = try UpdateRunner().run(
            ["update", "jodi", "--base-url", server.url(JODIFixture.path)],
            environment: ["OILSTAT_UPDATE_READ_TIMEOUT": "1", "OILSTAT_UPDATE_ATTEMPTS": "1"])
        #expect(result.status != 0)
        #expect(result.errorOutput.contains("no data for 1 s (read timeout)"), "\(result.all)")
        #expect(Date().timeIntervalSince(started) < 8)
    }

    @Test func cutConnectionIsResumedWithRange() throws {
        let server = try FixtureServer { request, index in
            var reply = FixtureReply.file(
                JODIFixture.february, etag: JODIFixture.februaryTag, lastModified: JODIFixture.februaryDate,
                for: request)
            if index == 0 { reply.cutAfter = 150 }
            return reply
        }
        let runner = UpdateRunner()
        let address = server.url(JODIFixture.path)
        let cut = try runner.run(
            ["update", "jodi", "--base-url", address], environment: ["OILSTAT_UPDATE_ATTEMPTS": "1"])
        #expect(cut.status != 0)
        #expect(runner.cachedSize("world_Primary_CSV.zip.part") == 150)
        let resumed = try runner.run(["update", "jodi", "--base-url", address])
        #expect(resumed.status == 0, "\(resumed.all)")
        let request = try #require(server.received(path: JODIFixture.path).last)
        #expect(request.header("Range") == "bytes=150-")
        #expect(request.header("If-Range") == JODIFixture.februaryTag)
        #expect(resumed.output.contains("downloaded world_Primary_CSV.zip (400 B"))
        #expect(resumed.output.contains("15 rows read, 12 stored, 3 missing"))
    }
}
