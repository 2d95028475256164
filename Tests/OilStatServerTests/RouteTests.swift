import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OilStatServer
import Testing

/// Every page and endpoint in process (HummingbirdTesting's router mode), bad parameters, escaping and the token.
@Suite struct RouteTests {
    /// Gets `uri` from a fresh app; the status, the headers and the body.
    static func get(
        _ uri: String, headers: HTTPFields = [:], token: String? = nil, method: HTTPRequest.Method = .get
    ) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: String) {
        let app = try ServerTestSupport.app(token: token)
        return try await app.test(.router) { client in
            try await client.execute(uri: uri, method: method, headers: headers) { response in
                (response.status, response.headers, String(buffer: response.body))
            }
        }
    }

    @Test(arguments: [
        // Figures from Data/production.csv (Reuters survey, December 2019: Saudi Arabia 9,800 kb/d of 29,500).
        ("/api/share?month=2019-12&group=opec&format=csv", "1,SA,Saudi Arabia,9800,33.22\n"),
        ("/api/share?month=2019-12&group=opec", "\"Saudi Arabia\""),
        ("/api/compare?from=2019-11&to=2019-12&group=opec&format=csv", "SA,Saudi Arabia"),
        ("/api/changes?producer=SA&from=2019-01&to=2019-12&format=csv", "2019-12"),
        ("/api/conformity?agreement=opecplus-2018-12&month=2019-12&format=csv", "SA,Saudi Arabia"),
        ("/api/table?month=2018-12&group=opec&format=csv", "Saudi Arabia"),
        ("/api/producers?format=csv", "SA,SAU,Saudi Arabia"),
        ("/api/sources?format=csv", "Reuters survey"),
        ("/api/imports?format=csv", "bundled"),
        ("/api/agreements?format=csv", "opecplus-2018-12"),
    ])
    func everyEndpointAnswersWithTheTable(uri: String, expected: String) async throws {
        let answer = try await Self.get(uri)
        #expect(answer.status == .ok, "\(answer.body)")
        #expect(answer.body.contains(expected), "\(answer.body)")
        let type = answer.headers[.contentType] ?? ""
        #expect(type.hasPrefix(uri.contains("format=csv") ? "text/csv" : "application/json"))
    }

    @Test func theAcceptHeaderChoosesCSV() async throws {
        let answer = try await Self.get("/api/share?month=2019-12&group=opec", headers: [.accept: "text/csv"])
        #expect(answer.body.hasPrefix("rank,producer,name,kbd,share_pct\n"))
    }

    @Test(arguments: [
        ("/api/share", "month", "Missing expected argument '--month <YYYY-MM>'"),
        ("/api/share?month=2019-13", "month", "'2019-13' is invalid for '--month <YYYY-MM>'"),
        ("/api/share?month=9999-12", "month", "is outside 1900-01...2200-12"),
        ("/api/share?month=2019-12&top=0", nil, "--top must be at least 1."),
        ("/api/share?month=2019-12&top=x", "top", "'x' is invalid for '--top <N>'"),
        ("/api/share?month=2019-12&group=opec&producers=SA", nil, "Give --group or --producers, not both."),
        ("/api/share?month=2019-12&bogus=1", "bogus", "unknown parameter \"bogus\""),
        ("/api/share?month=2019-12&month=2019-11", "month", "is given more than once"),
        ("/api/share?month=2019-12&format=xml", "format", "give json or csv"),
        ("/api/share?month=%ZZ", "month", "bad %-escape"),
        ("/api/compare?from=2019-11", "to", "Missing expected argument '--to <YYYY-MM>'"),
        ("/api/changes?producer=SA&from=2019-12&to=2019-01", nil, "--to (2019-01) is before --from (2019-12)."),
        ("/api/changes?from=2019-01&to=2019-12", "producer", "Missing expected argument '--producer <producer>'"),
        ("/api/conformity?agreement=opecplus-2018-12", nil, "Give --month, or both --from and --to."),
        ("/api/table?month=2018-12", nil, "Give --group (e.g. opec) or --producers"),
        ("/api/table?month=2018-12&group=opec&unit=gallons", "unit", "'gallons' is invalid for '--unit <unit>'"),
        ("/api/producers?all=maybe", "all", "give true or false"),
    ])
    func badParametersAreProblemDetails(uri: String, parameter: String?, message: String) async throws {
        let answer = try await Self.get(uri)
        #expect(answer.status == .badRequest)
        #expect(answer.headers[.contentType] == "application/problem+json")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any])
        #expect(object["status"] as? Int == 400)
        #expect(object["title"] as? String == "Bad Request")
        #expect(object["type"] as? String == "about:blank")
        #expect((object["detail"] as? String ?? "").contains(message), "\(answer.body)")
        #expect(object["parameter"] as? String == parameter)
    }

    @Test func anUnknownProducerIsTheCLIsMessage() async throws {
        let answer = try await Self.get("/api/changes?producer=Atlantis&from=2019-01&to=2019-12")
        let cli = try ServerTestSupport.runCLI(
            ["changes", "--producer", "Atlantis", "--from", "2019-01", "--to", "2019-12"],
            database: ServerTestSupport.databasePath)
        #expect(cli.status != 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any])
        #expect((object["detail"] as? String ?? "").hasPrefix("unknown producer \"Atlantis\""))
    }

    @Test(arguments: [
        ("/", "Oil production in"), ("/month/2019-12?group=opec", "Oil production in 2019-12, OPEC"),
        ("/producer/SA", "Saudi Arabia (SA)"), ("/agreement/opecplus-2018-12", "Conformity by month"),
        ("/agreements", "opecplus-2018-12"), ("/compare?from=2018-10&to=2018-11", "Compare 2018-10 with 2018-11"),
        ("/compare", "Choose two months."), ("/sources", "Reuters survey"), ("/imports", "bundled"),
    ])
    func everyPageIsServed(uri: String, expected: String) async throws {
        let answer = try await Self.get(uri)
        #expect(answer.status == .ok, "\(answer.body)")
        #expect(answer.headers[.contentType] == "text/html; charset=utf-8")
        #expect(answer.body.contains(expected))
        #expect(answer.body.contains("<link rel=\"stylesheet\" href=\"/static/oilstat.css\"/>"))
        #expect(!answer.body.contains("<script>"), "no inline script")
        #expect(!answer.body.contains("style=\""), "no inline style (the CSP forbids them)")
    }

    @Test func theMonthPageHasItsChartsTablesAndPickers() async throws {
        let page = try await Self.get("/month/2019-12?group=opec").body
        #expect(page.contains("<svg"))
        #expect(page.contains("Change against the previous month (2019-11)"))
        #expect(page.contains("Change against a year earlier (2018-12)"))
        #expect(page.contains("<form class=\"picker\" method=\"get\" action=\"/month\""))
        #expect(page.contains("<option value=\"opec\" selected=\"selected\">OPEC</option>"))
        #expect(page.contains("href=\"/month/2019-11?group=opec\""))
        #expect(page.contains("9,800") || page.contains("9800"))
    }

    @Test func theMonthPickerRedirectsToTheBookmarkablePage() async throws {
        let answer = try await Self.get("/month?month=2019-11&group=opec%2B")
        #expect(answer.status == .seeOther)
        #expect(answer.headers[.location] == "/month/2019-11?group=opec%2B")
    }

    @Test func aHostileProducerNameShowsAsText() async throws {
        for uri in ["/producer/XS?from=2019-10&to=2019-12", "/month/2019-12", "/api/producers?format=csv"] {
            let answer = try await Self.get(uri)
            #expect(answer.status == .ok, "\(uri): \(answer.body)")
            #expect(!answer.body.contains(ServerTestSupport.hostileName) || uri.hasPrefix("/api/"), "\(uri)")
            if !uri.hasPrefix("/api/") {
                #expect(answer.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(uri)")
            }
        }
        let path = try await Self.get("/producer/%3Cscript%3E")
        #expect(!path.body.contains("<script>"))
    }

    @Test(arguments: ["/", "/api/share?month=2019-12", "/static/oilstat.css", "/nothing-here"])
    func securityHeadersAreOnEveryResponse(uri: String) async throws {
        let headers = try await Self.get(uri).headers
        let policy = try #require(headers[.contentSecurityPolicy])
        #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"))
        #expect(headers[.xContentTypeOptions] == "nosniff")
        #expect(headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
    }

    @Test func theTokenIsRequiredWhenSet() async throws {
        let token = "s3cret-token-of-some-length"
        let none = try await Self.get("/api/sources", token: token)
        #expect(none.status == .unauthorized)
        #expect(none.headers[.wwwAuthenticate] == "Bearer")
        let wrong = try await Self.get(
            "/api/sources", headers: [.authorization: "Bearer s3cret-token-of-some-lengtX"], token: token)
        #expect(wrong.status == .unauthorized)
        let right = try await Self.get("/api/sources", headers: [.authorization: "Bearer \(token)"], token: token)
        #expect(right.status == .ok)
    }

    @Test func aNonLoopbackAddressNeedsAToken() throws {
        #expect(throws: ProblemDetails.self) { try ServerSettings(host: "0.0.0.0", databasePath: "x").validate() }
        #expect(throws: ProblemDetails.self) {
            try ServerSettings(host: "0.0.0.0", databasePath: "x", token: "short").validate()
        }
        try ServerSettings(host: "0.0.0.0", databasePath: "x", token: "a-long-enough-token").validate()
        try ServerSettings(host: "127.0.0.1", databasePath: "x").validate()
    }

    @Test func writesAndBodiesAreRefused() async throws {
        #expect(try await Self.get("/api/sources", method: .post).status == .methodNotAllowed)
        #expect(try await Self.get("/api/sources", headers: [.contentLength: "10"]).status == .contentTooLarge)
        let long = "/api/share?month=2019-12&source=" + String(repeating: "a", count: 3000)
        #expect(try await Self.get(long).status == .uriTooLong)
        #expect(try await Self.get("/static/../Package.swift").status != .ok)
    }

    @Test func theRateLimitAnswers429() async throws {
        // Five requests a second, bursts of ten, on a clock that stands still: the eleventh request is refused.
        let frozen = ContinuousClock.now
        let router = Router(context: DashboardContext.self)
        router.add(middleware: RateLimitMiddleware(rate: 5, limitLoopback: true, clock: { frozen }))
        router.get("/static/oilstat.js") { _, _ in "ok" }
        let app = Application(router: router)
        let statuses = try await app.test(.router) { client in
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<12 {
                statuses.append(try await client.execute(uri: "/static/oilstat.js", method: .get) { $0.status })
            }
            return statuses
        }
        #expect(statuses.prefix(10).allSatisfy { $0 == .ok })
        #expect(statuses.suffix(2).allSatisfy { $0 == .tooManyRequests })
    }

    @Test func theRateBucketsRefillAtTheirRate() {
        let buckets = RateBuckets(rate: 5)
        let start = ContinuousClock.now
        let burst = (0..<12).map { _ in buckets.take(client: "a", now: start) }
        #expect(burst.filter { $0 }.count == 10)
        #expect(buckets.take(client: "b", now: start), "each client has its own bucket")
        #expect(!buckets.take(client: "a", now: start + .milliseconds(100)))
        #expect(buckets.take(client: "a", now: start + .milliseconds(400)))
    }

    @Test func theOpenAPIDocumentDescribesEveryRoute() async throws {
        let answer = try await Self.get("/openapi.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any])
        let paths = try #require(object["paths"] as? [String: Any])
        #expect(Set(paths.keys) == Set(APIRoutes.endpoints.map(\.path)))
        for endpoint in APIRoutes.endpoints {
            // Each documented route answers (not 404), and takes each documented parameter (no "unknown parameter").
            let query = endpoint.parameters.map { "\($0.name)=x" }.joined(separator: "&")
            let answer = try await Self.get(endpoint.path + "?" + query)
            #expect(answer.status != .notFound || answer.body.contains("\"detail\""), "\(endpoint.path)")
            #expect(!answer.body.contains("unknown parameter"), "\(endpoint.path): \(answer.body)")
            let get = try #require((paths[endpoint.path] as? [String: Any])?["get"] as? [String: Any])
            let names = Set(((get["parameters"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String })
            #expect(names == Set(endpoint.parameters.map(\.name) + ["format"]))
        }
    }
}
