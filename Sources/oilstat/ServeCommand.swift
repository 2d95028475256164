import ArgumentParser
import Logging
import OilStatCore
import OilStatServer

/// `oilstat serve`: the dashboard and the HTTP API over the database, read-only.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a local dashboard and HTTP API (read-only) over the database.",
        discussion: """
            Pages: / (latest month), /month/YYYY-MM?group=opec, /producer/SA, /agreement/ID, /compare?from=&to=,
            /sources, /imports. API: /api/share, /api/compare, /api/changes, /api/conformity, /api/table,
            /api/producers, /api/sources (format=json|csv), described at /openapi.json. Listens on 127.0.0.1 unless
            --host says otherwise; any other address needs --token (clients send Authorization: Bearer TOKEN).
            Stops on SIGTERM or Ctrl-C after the requests in flight.
            Example: oilstat serve --port 8080, then open http://127.0.0.1:8080/
            """)

    @OptionGroup var databaseOptions: DatabaseOptions

    @Option(help: ArgumentHelp("The address to listen on.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The TCP port (0: any free port).", valueName: "port"))
    var port = 8080

    @Option(
        help: ArgumentHelp(
            "The bearer token clients must send (required for a non-loopback --host; 16 characters or more).",
            valueName: "token"))
    var token: String?

    @Option(
        name: .customLong("rate-limit"),
        help: ArgumentHelp(
            "Requests per second per client address (bursts of twice as many; 0: none; loopback clients are exempt).",
            valueName: "N"))
    var rateLimit = 100

    @Option(
        name: .customLong("log-level"),
        help: ArgumentHelp("Access log level: trace, debug, info, notice, warning, error.", valueName: "level"))
    var logLevel = "info"

    var settings: ServerSettings {
        ServerSettings(
            host: host, port: port, databasePath: databaseOptions.database ?? OilStatDatabase.defaultPath(),
            token: token, rateLimit: rateLimit)
    }

    func validate() throws {
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level must be trace, debug, info, notice, warning, error or critical.")
        }
        do {
            try settings.validate()
        } catch let problem as ProblemDetails {
            throw ValidationError(problem.detail)
        }
    }

    func run() async throws {
        // Load the bundled figures first if needed (the one write), then serve read-only.
        _ = try databaseOptions.open()
        var logger = Logger(label: "oilstat.serve")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let settings = settings
        try await DashboardApplication.run(settings: settings, logger: logger) { port in
            StandardStream.note("serving http://\(settings.host):\(port)/ (database \(settings.databasePath))\n")
        }
    }
}
