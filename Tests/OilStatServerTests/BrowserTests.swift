import Foundation
import Testing

/// Every page in a real browser: headless Chromium (Debian's `chromium`, installed by `.ci/run`) loads each page
/// from `oilstat serve`, no console message (CSP violation, script error, failed resource) may appear, no request
/// may fail, the month picker's form leads to the chosen month, and screenshots go to `Reports/examples/`.
@Suite(.serialized) struct BrowserTests {
    static let chromium = ServerProcess.tool(["chromium", "chromium-browser", "google-chrome"])

    /// The pages loaded, with the file name of their screenshot.
    static let pages = [
        ("/", "serve-latest-month"), ("/month/2019-12?group=opec", "serve-month-2019-12-opec"),
        ("/producer/SA", "serve-producer-SA"), ("/agreement/opecplus-2018-12", "serve-agreement-opecplus-2018-12"),
        ("/compare?from=2018-10&to=2018-11", "serve-compare"), ("/sources", "serve-sources"),
        ("/imports", "serve-imports"),
    ]

    static func browse(_ url: String, _ mode: [String]) throws -> (output: String, error: String, status: Int32) {
        guard let chromium else { throw ServerProcess.ServerError(message: "no chromium") }
        let profile = try ServerTestSupport.temporaryFolder().path
        return try ServerProcess.run(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--user-data-dir=\(profile)", "--enable-logging=stderr", "--v=0", "--hide-scrollbars",
                "--window-size=1200,1800", "--virtual-time-budget=3000",
            ] + mode + [url])
    }

    /// The server over a new database of the repository's bundled data alone (what the screenshots show);
    /// `oilstat serve` loads it before it listens.
    static func server() throws -> ServerProcess {
        let database = try ServerTestSupport.temporaryFolder().appendingPathComponent("browser.sqlite").path
        return try ServerProcess(
            database: database, dataFolder: ServerTestSupport.repository.appendingPathComponent("Data"))
    }

    @Test(.enabled(if: chromium != nil || ServerProcess.inCI, "chromium is not installed (apt-get install chromium)"))
    func everyPageLoadsWithoutConsoleErrorsOrFailedRequests() throws {
        #expect(Self.chromium != nil, "CI must have chromium: .ci/run installs it")
        let server = try Self.server()
        defer { server.stop() }
        let folder = ServerTestSupport.repository.appendingPathComponent("Reports/examples")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (path, name) in Self.pages {
            let shot = folder.appendingPathComponent("\(name).png").path
            let run = try Self.browse(server.base + path, ["--screenshot=\(shot)"])
            #expect(run.status == 0, "\(path): \(run.error)")
            let console = run.error.split(separator: "\n").filter {
                $0.contains("CONSOLE") || $0.contains("Refused to")
            }
            #expect(console.isEmpty, "\(path): \(console)")
            #expect(FileManager.default.fileExists(atPath: shot))
        }
        // Every request the browser made (pages, style sheet, script, favicon aside) was answered with success.
        let requests = server.log.split(separator: "\n").filter { $0.contains("http.status=") }
        #expect(requests.count >= Self.pages.count * 3)
        let failed = requests.filter { !$0.contains("http.status=200") && !$0.contains("http.path=/favicon.ico") }
        #expect(failed.isEmpty, "\(failed)")
    }

    @Test(.enabled(if: chromium != nil || ServerProcess.inCI, "chromium is not installed (apt-get install chromium)"))
    func theMonthPickerLeadsToTheChosenMonth() throws {
        let server = try Self.server()
        defer { server.stop() }
        // The page's form: GET /month with fields month and group; submitting it asks for this address.
        let page = try Self.browse(server.base + "/month/2019-12?group=opec", ["--dump-dom"]).output
        #expect(page.contains("action=\"/month\""))
        #expect(page.contains("name=\"month\"") && page.contains("name=\"group\""))
        let chosen = try Self.browse(server.base + "/month?month=2019-11&group=opec", ["--dump-dom"]).output
        #expect(chosen.contains("<h1>Oil production in 2019-11, OPEC</h1>"), "\(chosen.prefix(500))")
        #expect(chosen.contains("<option value=\"opec\" selected=\"selected\">OPEC</option>"))
    }
}
