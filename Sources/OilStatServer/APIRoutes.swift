import Hummingbird
import OilStatAnalysis
import OilStatCore
import OilStatReport

/// The HTTP API: one endpoint per command, the parameters named like the command's options, answered with the
/// same table the command prints (`format=json|csv`).
public struct APIRoutes: Sendable {
    /// One endpoint: its path, its parameters, and how it builds its table.
    public struct Endpoint: Sendable {
        /// The path, e.g. `/api/share`.
        public var path: String
        /// The command it mirrors.
        public var command: String
        /// The parameters it takes (besides `format`), with whether each is required.
        public var parameters: [(name: String, required: Bool, description: String)]
        /// Builds the table from the parameters and the output format.
        var table: @Sendable (QueryParameters, OutputFormat, OilStatDatabase) throws -> ReportTable
    }

    static let series: [(name: String, required: Bool, description: String)] = [
        ("source", false, "The source to read (default: the one with most countries in the months asked)."),
        ("product", false, "The product code (default: the source's)."),
        ("group", false, "A group as of each month: opec, opec+, non-opec, big3 or a stored group."),
        ("producers", false, "A list of producers, e.g. SA,RU,US."),
    ]

    static func seriesQuery(_ parameters: QueryParameters) throws -> SeriesQuery {
        let query = SeriesQuery(
            source: parameters.text("source"), product: parameters.text("product"), group: parameters.text("group"),
            producers: parameters.text("producers"))
        try query.validate()
        return query
    }

    /// Every endpoint of the API.
    public static let endpoints: [Endpoint] = [
        Endpoint(
            path: "/api/share", command: "share",
            parameters: [("month", true, "The month (YYYY-MM).")] + series + [
                ("top", false, "Show the N largest and fold the rest into one line.")
            ],
            table: { parameters, _, database in
                let query = ShareQuery(
                    month: try parameters.requiredMonth("month"), series: try seriesQuery(parameters),
                    top: try parameters.integer("top"))
                try query.validate()
                return try query.table(in: database)
            }),
        Endpoint(
            path: "/api/compare", command: "compare",
            parameters: [("from", true, "The first month (YYYY-MM)."), ("to", true, "The second month (YYYY-MM).")]
                + series,
            table: { parameters, _, database in
                try CompareQuery(
                    first: try parameters.requiredMonth("from"), second: try parameters.requiredMonth("to"),
                    series: try seriesQuery(parameters)
                ).table(in: database)
            }),
        Endpoint(
            path: "/api/changes", command: "changes",
            parameters: [
                ("producer", true, "The producer: code, alpha-3, name or alias."),
                ("from", true, "The first month (YYYY-MM)."), ("to", true, "The last month (YYYY-MM)."),
                ("source", false, "The source (default: the one with most figures for the producer)."),
                ("product", false, "The product code (default: the source's)."),
            ],
            table: { parameters, _, database in
                let producer = try parameters.requiredText("producer", valueName: "producer")
                let period = PeriodQuery(
                    first: try parameters.requiredMonth("from"), last: try parameters.requiredMonth("to"))
                try period.validate()
                return try ChangesQuery(
                    producer: producer, period: period, source: parameters.text("source"),
                    product: parameters.text("product")
                ).table(in: database)
            }),
        Endpoint(
            path: "/api/conformity", command: "conformity",
            parameters: [
                ("agreement", true, "The agreement: id or name."), ("month", false, "The month (YYYY-MM)."),
                ("from", false, "The first month of a period (YYYY-MM)."),
                ("to", false, "The last month of a period (YYYY-MM)."),
                ("source", false, "The source of actual production."),
                ("product", false, "The product (default: CRUDEOIL)."),
            ],
            table: { parameters, format, database in
                let agreement = try parameters.requiredText("agreement", valueName: "id")
                let months = try ConformityQuery.months(
                    month: try parameters.month("month"), from: try parameters.month("from"),
                    to: try parameters.month("to"))
                return try ConformityQuery(
                    agreement: agreement, months: months, source: parameters.text("source"),
                    product: parameters.text("product") ?? Product.crude.code
                ).table(in: database, format: format)
            }),
        Endpoint(
            path: "/api/table", command: "table",
            parameters: [("month", true, "The month of the table (YYYY-MM).")] + series + [
                ("unit", false, "The unit: kbd, mbd, bd, kbbl or kt."),
                ("partial", false, "Annual and quarterly figures from the months that have one (true/false)."),
            ],
            table: { parameters, _, database in
                var unit = ProductionUnit.kbd
                if let text = parameters.text("unit") {
                    guard let parsed = ProductionUnit(spelling: text) else {
                        throw ProblemDetails.badParameter(
                            "unit", "The value '\(QueryParameters.printable(text))' is invalid for '--unit <unit>'")
                    }
                    unit = parsed
                }
                let query = ProductionTableQuery(
                    month: try parameters.requiredMonth("month"), series: try seriesQuery(parameters), unit: unit,
                    partial: try parameters.flag("partial"))
                try query.validate()
                return try query.table(in: database)
            }),
        Endpoint(
            path: "/api/producers", command: "producers",
            parameters: [("all", false, "List every known producer, also those without figures (true/false).")],
            table: { parameters, _, database in
                try Catalog(database: database).producersTable(includeWithoutFigures: try parameters.flag("all"))
            }),
        Endpoint(
            path: "/api/sources", command: "sources", parameters: [],
            table: { _, _, database in try Catalog(database: database).sourcesTable() }),
        Endpoint(
            path: "/api/imports", command: "imports", parameters: [],
            table: { _, _, database in try Catalog(database: database).importsTable() }),
        Endpoint(
            path: "/api/agreements", command: "agreements", parameters: [],
            table: { _, _, database in try Catalog(database: database).agreementsTable() }),
    ]

    /// Answers `request` at `endpoint`: the table in the format asked, or a problem document.
    static func answer(_ request: Request, endpoint: Endpoint, readers: DatabaseReaders) -> Response {
        do {
            let allowed = Set(endpoint.parameters.map(\.name) + ["format"])
            let parameters = try QueryParameters(query: request.uri.query, allowed: allowed)
            let format = try TableResponse.format(parameters, accept: request.headers[.accept])
            let key = "\(endpoint.path)?\(request.uri.query ?? "")|\(format.rawValue)"
            let text = try readers.cachedRead(key: key) { database in
                TableResponse.render(try endpoint.table(parameters, format, database), format: format)
            }
            return TableResponse.response(text, contentType: TableResponse.contentType(format))
        } catch {
            return TableResponse.problem(for: error).response(instance: request.uri.path)
        }
    }

    /// Adds every endpoint to `router`.
    static func register<Context: RequestContext>(on router: Router<Context>, readers: DatabaseReaders) {
        for endpoint in endpoints {
            router.get(RouterPath(endpoint.path)) { request, _ in answer(request, endpoint: endpoint, readers: readers)
            }
        }
    }
}
