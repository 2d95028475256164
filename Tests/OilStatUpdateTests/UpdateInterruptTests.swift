import Foundation
import Testing

/// Ctrl-C (SIGINT) during a download and during an import, on the built binary.
@Suite(.serialized)
struct UpdateInterruptTests {
    /// Waits until `condition` holds (polling), at most `seconds`.
    private func wait(seconds: Double, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    @Test func interruptMidDownloadKeepsThePartForResuming() throws {
        let server = try FixtureServer { request, index in
            var reply = FixtureReply.file(
                JODIFixture.february, etag: JODIFixture.februaryTag, lastModified: JODIFixture.februaryDate,
                for: request)
            if index == 0 {
                reply.cutAfter = 120
                reply.stallAfterCut = true
            }
            return reply
        }
        let runner = UpdateRunner()
        let address = server.url(JODIFixture.path)
        let (process, _, _) = runner.process(["update", "jodi", "--base-url", address])
        try process.run()
        let partial = wait(seconds: 30) { runner.cachedSize("world_Primary_CSV.zip.part") == 120 }
        #expect(partial)
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT)
        #expect(runner.cachedSize("world_Primary_CSV.zip.part") == 120)
        #expect(!runner.cached("world_Primary_CSV.zip"))
        #expect(runner.databaseDigest() == "absent/absent")
        let resumed = try runner.run(["update", "jodi", "--base-url", address])
        #expect(resumed.status == 0, "\(resumed.all)")
        #expect(server.received(path: JODIFixture.path).last?.header("Range") == "bytes=120-")
        #expect(resumed.output.contains("15 rows read, 12 stored, 3 missing"))
    }

    @Test func interruptMidImportLeavesTheDatabaseAsItWas() throws {
        let python = try #require(
            ["/usr/bin/python3", "/usr/local/bin/python3", "/root/.pyenv/shims/python3"]
                .first(where: FileManager.default.isExecutableFile(atPath:)),
            "python3 is needed to generate the large JODI file (.ci/run installs it)")
        let runner = UpdateRunner()
        // A fresh database with the bundled data, the state the interrupted update must leave untouched.
        #expect(try runner.run(["sources"]).status == 0)
        let before = try runner.run(["imports"]).output
        // A large generated JODI file (scripts/bench/gen_jodi.py, 2020-01..2025-12), zipped: its import takes seconds.
        let zip = runner.folder.appendingPathComponent("large.zip").path
        let script = """
            import subprocess, sys, zipfile
            csv = sys.argv[2] + ".csv"
            subprocess.run([sys.executable, sys.argv[1], "--size", "large", "--start", "2020-01", "-o", csv], check=True)
            with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
                z.write(csv, "world_Primary_CSV.csv")
            """
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: python)
        generator.arguments = [
            "-c", script, UpdateRunner.repository.appendingPathComponent("scripts/bench/gen_jodi.py").path, zip,
        ]
        try generator.run()
        generator.waitUntilExit()
        #expect(generator.terminationStatus == 0)
        let large = try Array(Data(contentsOf: URL(fileURLWithPath: zip)))
        let server = try FixtureServer { request, _ in
            FixtureReply.file(large, etag: "\"large\"", lastModified: JODIFixture.februaryDate, for: request)
        }
        let address = server.url(JODIFixture.path)
        let (process, _, _) = runner.process(["update", "jodi", "--base-url", address])
        try process.run()
        // The verified download is moved into the cache just before the import starts.
        let importing = wait(seconds: 120) { runner.cached("world_Primary_CSV.zip.validators.json") }
        #expect(importing)
        usleep(300_000)
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the import finished before SIGINT")
        #expect(try runner.run(["imports"]).output == before)
        // The cached copy is kept and imported by the next update, without downloading it again.
        let offline = try runner.run(["update", "jodi", "--offline", "--base-url", address])
        #expect(offline.output.contains("not yet imported"), "\(offline.all)")
    }
}
