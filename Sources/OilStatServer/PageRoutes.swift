import Hummingbird
import OilStatAnalysis
import OilStatCore
import OilStatReport

/// The dashboard's pages: server-rendered HTML over the same queries as the API, and the style sheet and script.
public enum PageRoutes {
    /// Every page path (with `{name}` for a path parameter), for the route tests and the browser test.
    public static let paths = [
        "/", "/month", "/month/{month}", "/producer/{producer}", "/agreement/{id}", "/agreements", "/compare",
        "/sources", "/imports", "/static/oilstat.css", "/static/oilstat.js", "/openapi.json",
    ]

    static let seriesNames: Set<String> = ["group", "producers", "source", "product"]

    /// Answers a page request: the HTML, or an error page with the problem's status and message.
    static func page(
        _ request: Request, allowed: Set<String>, readers: DatabaseReaders,
        build: @escaping (QueryParameters, OilStatDatabase) throws -> String
    ) -> Response {
        do {
            let parameters = try QueryParameters(query: request.uri.query, allowed: allowed)
            let html = try readers.cachedRead(key: request.uri.description) { database in
                try build(parameters, database)
            }
            return TableResponse.response(html, contentType: "text/html; charset=utf-8")
        } catch {
            let problem = TableResponse.problem(for: error)
            let body =
                PageLayout.paragraph(problem.detail, className: "error")
                + "<p>" + PageLayout.link("/", "Back to the latest month") + "</p>\n"
            return TableResponse.response(
                PageLayout.page(title: "\(problem.status.code) \(problem.status.reasonPhrase)", body: body),
                contentType: "text/html; charset=utf-8", status: problem.status)
        }
    }

    /// The series query of a page's parameters.
    static func series(_ parameters: QueryParameters) throws -> SeriesQuery {
        try APIRoutes.seriesQuery(parameters)
    }

    /// The latest month with figures for most countries (the monthly report's choice).
    static func latestMonth(in database: OilStatDatabase) throws -> Month {
        try ReportMonthChoice.choose(in: database).month
    }

    /// The month in the path, with the CLI's message when it is bad.
    static func pathMonth(_ context: some RequestContext) throws -> Month {
        let text = context.parameters.get("month") ?? ""
        do {
            return try Month(parsing: text, formats: .dashed)
        } catch {
            throw ProblemDetails.badParameter(
                "month", "The value '\(QueryParameters.printable(text))' is invalid for '--month <YYYY-MM>': \(error)")
        }
    }

    /// Adds the pages to `router`.
    static func register<Context: RequestContext>(on router: Router<Context>, readers: DatabaseReaders) {
        router.get("/") { request, _ in
            page(request, allowed: seriesNames, readers: readers) { parameters, database in
                try MonthPage(month: latestMonth(in: database), series: series(parameters)).html(in: database)
            }
        }
        router.get("/month") { request, _ -> Response in
            do {
                let parameters = try QueryParameters(query: request.uri.query, allowed: seriesNames.union(["month"]))
                guard let month = try parameters.month("month") else {
                    return Response(status: .seeOther, headers: [.location: "/"])
                }
                let target = MonthPage(month: month, series: try series(parameters)).path(for: month)
                return Response(status: .seeOther, headers: [.location: target])
            } catch {
                return TableResponse.problem(for: error).response(instance: request.uri.path)
            }
        }
        router.get("/month/:month") { request, context in
            page(request, allowed: seriesNames, readers: readers) { parameters, database in
                try MonthPage(month: pathMonth(context), series: series(parameters)).html(in: database)
            }
        }
        router.get("/producer/:producer") { request, context in
            page(request, allowed: ["from", "to", "source"], readers: readers) { parameters, database in
                let last = try parameters.month("to") ?? latestMonth(in: database)
                let period = PeriodQuery(first: try parameters.month("from") ?? last.adding(-35), last: last)
                try period.validate(maximumMonths: 240)
                return try ProducerPage(
                    producer: context.parameters.get("producer") ?? "", period: period,
                    source: parameters.text("source")
                ).html(in: database)
            }
        }
        router.get("/agreement/:id") { request, context in
            page(request, allowed: ["source"], readers: readers) { parameters, database in
                try AgreementPage(
                    agreement: context.parameters.get("id") ?? "", latest: latestMonth(in: database),
                    source: parameters.text("source")
                ).html(in: database)
            }
        }
        router.get("/agreements") { request, _ in
            page(request, allowed: [], readers: readers) { _, database in try CatalogPage.agreements(in: database) }
        }
        router.get("/compare") { request, _ in
            page(request, allowed: seriesNames.union(["from", "to"]), readers: readers) { parameters, database in
                let latest = try latestMonth(in: database)
                let first = try parameters.month("from")
                let second = try parameters.month("to")
                var query: CompareQuery?
                if first != nil || second != nil {
                    query = CompareQuery(
                        first: first ?? latest.yearAgo, second: second ?? latest, series: try series(parameters))
                }
                return try ComparePage(query: query, defaults: (latest.yearAgo, latest)).html(in: database)
            }
        }
        router.get("/sources") { request, _ in
            page(request, allowed: [], readers: readers) { _, database in try CatalogPage.sources(in: database) }
        }
        router.get("/imports") { request, _ in
            page(request, allowed: [], readers: readers) { _, database in try CatalogPage.imports(in: database) }
        }
        router.get("/static/oilstat.css") { _, _ in
            asset(StaticAssets.styleSheet, contentType: "text/css; charset=utf-8")
        }
        router.get("/static/oilstat.js") { _, _ in
            asset(StaticAssets.script, contentType: "text/javascript; charset=utf-8")
        }
        router.get("/openapi.json") { _, _ in
            TableResponse.response(OpenAPIDocument.json(), contentType: "application/json; charset=utf-8")
        }
    }

    /// A static asset, cacheable for an hour.
    static func asset(_ text: String, contentType: String) -> Response {
        var response = TableResponse.response(text, contentType: contentType)
        response.headers[.cacheControl] = "public, max-age=3600"
        return response
    }
}
