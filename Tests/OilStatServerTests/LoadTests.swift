import Foundation
import Testing

/// 200 concurrent clients for 10 s (wrk, on 127.0.0.1) while `oilstat import` writes new figures to the same
/// database: every answer is complete and successful, and the server never says "database is locked".
@Suite(.serialized) struct LoadTests {
    static let wrk = ServerProcess.tool(["wrk"])

    /// A JODI file of 40 countries × 120 months whose values depend on `round`, so that each import writes.
    static func jodiFile(round: Int, in folder: URL) throws -> String {
        var text = "REF_AREA,TIME_PERIOD,ENERGY_PRODUCT,FLOW_BREAKDOWN,UNIT_MEASURE,OBS_VALUE,ASSESSMENT_CODE\n"
        let countries = ["AE", "AO", "DZ", "IQ", "IR", "KW", "LY", "NG", "SA", "VE", "RU", "US", "CA", "BR", "NO"]
        for country in countries {
            for index in 0..<120 {
                let month = 2010 * 12 + index
                let period = "\(month / 12)-\(month % 12 < 9 ? "0" : "")\(month % 12 + 1)"
                text += "\(country),\(period),CRUDEOIL,INDPROD,KBD,\(1000 + round * 10 + index % 7),1\n"
            }
        }
        let path = folder.appendingPathComponent("jodi-\(round).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(.enabled(if: wrk != nil || ServerProcess.inCI, "wrk is not installed (apt-get install wrk)"))
    func twoHundredClientsWhileAnImportWrites() throws {
        let wrk = try #require(Self.wrk, "CI must have wrk: .ci/run installs it")
        let folder = try ServerTestSupport.temporaryFolder()
        let database = folder.appendingPathComponent("load.sqlite").path
        try FileManager.default.copyItem(atPath: ServerTestSupport.databasePath, toPath: database)
        let server = try ServerProcess(database: database, extra: ["--log-level", "warning"])
        defer { server.stop() }
        // The writer: imports one new file after another for the whole run.
        let deadline = Date().addingTimeInterval(11)
        let writer = Thread {
            var round = 0
            while Date() < deadline {
                round += 1
                guard let file = try? Self.jodiFile(round: round, in: folder) else { return }
                _ = try? ServerTestSupport.runCLI(["import", file, "--source", "load test JODI"], database: database)
            }
        }
        writer.start()
        let script = folder.appendingPathComponent("check.lua").path
        // Counts answers that are not 200 or not whole (the CSV ends with a newline), printed at the end.
        try Data(
            """
            local bad = 0
            response = function(status, headers, body)
              if status ~= 200 or string.sub(body, -1) ~= "\\n" or string.find(body, "locked") then bad = bad + 1 end
            end
            done = function(summary, latency, requests) io.write("BAD " .. bad .. "\\n") end

            """.utf8
        ).write(to: URL(fileURLWithPath: script))
        let run = try ServerProcess.run(
            wrk,
            [
                "-t", "2", "-c", "200", "-d", "10s", "--timeout", "5s", "-s", script,
                server.base + "/api/share?month=2019-12&group=opec&format=csv",
            ])
        while Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        Thread.sleep(forTimeInterval: 1)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("BAD 0\n"), "\(run.output)")
        #expect(!run.output.contains("Non-2xx"), "\(run.output)")
        #expect(!run.output.contains("Socket errors"), "\(run.output)")
        let requests = run.output.split(separator: "\n").first { $0.contains("requests in") } ?? ""
        let count = Int(requests.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber }) ?? 0
        #expect(count > 1000, "\(run.output)")
        #expect(!server.log.contains("locked"))
        // The imports did write: the server now answers with the load test's source.
        let imports = try ServerTestSupport.runCLI(["imports", "--format", "csv"], database: database).output
        #expect(imports.contains("jodi-"), "\(imports)")
        #expect(server.stop() == 0)
    }
}
