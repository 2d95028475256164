import ArgumentParser
import Foundation
import OilStatAnalysis
import OilStatCore
import OilStatReport
import OilStatUpdate

extension UpdateSource: ExpressibleByArgument {}

/// `oilstat update`: fetch the JODI and EIA files from the publishers and import what changed.
struct UpdateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Fetch the JODI and EIA data from the publishers and import what changed, as new vintages.",
        discussion: """
            Sources: jodi (JODI Oil World Database, world_Primary_CSV.zip), eia (EIA API v2 international data,
            monthly crude oil production in kb/d; needs a free key: EIA_API_KEY or `eia_api_key = KEY` in
            $XDG_CONFIG_HOME/oilstat/config, see https://www.eia.gov/opendata/register.php) and eia-bulk (EIA's
            INTL.zip, no key). Without a source: jodi and eia-bulk, plus eia when a key is set.
            Downloads go to $XDG_CACHE_HOME/oilstat (else ~/.cache/oilstat) with their ETag and Last-Modified; the
            next update asks whether they changed, and an unchanged file writes nothing. An interrupted download is
            resumed; a changed file is verified and imported in one transaction, its vintage the server's
            Last-Modified date. Ctrl-C leaves the database as it was.
            Addresses: --base-url (one source), or OILSTAT_JODI_URL, OILSTAT_EIA_URL, OILSTAT_EIA_BULK_URL.
            Proxies: HTTPS_PROXY, HTTP_PROXY, NO_PROXY.
            Example: oilstat update jodi eia-bulk
            """)

    @OptionGroup var databaseOptions: DatabaseOptions

    @Argument(help: ArgumentHelp("The sources: jodi, eia, eia-bulk (default: see above).", valueName: "source"))
    var sources: [UpdateSource] = []

    @Option(
        help: ArgumentHelp(
            "The first month wanted (EIA API: asked from it; JODI: the yearly files from its year).",
            valueName: "YYYY-MM"),
        transform: MonthArgument.parse)
    var since: MonthArgument?

    @Flag(help: "Fetch and verify, import nothing.")
    var dryRun = false

    @Flag(help: "Fetch nothing: say what would be fetched and what is cached.")
    var offline = false

    @Flag(help: "No progress bar and no messages; errors only.")
    var quiet = false

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp("The address to fetch from instead of the publisher's (one source only).", valueName: "url"))
    var baseURL: String?

    func validate() throws {
        if baseURL != nil && sources.count != 1 {
            throw ValidationError("--base-url needs exactly one source (e.g. oilstat update jodi --base-url URL)")
        }
        if dryRun && offline { throw ValidationError("--dry-run and --offline exclude each other") }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        var chosen = sources
        if chosen.isEmpty {
            chosen = [.jodi, .eiaBulk]
            if (try? EIAKey.resolve(environment: environment)) != nil { chosen.insert(.eia, at: 1) }
        }
        var seen = Set<UpdateSource>()
        chosen = chosen.filter { seen.insert($0).inserted }
        var request = UpdateRequest(
            sources: chosen, databasePath: databaseOptions.database ?? OilStatDatabase.defaultPath())
        request.since = since?.month
        request.dryRun = dryRun
        request.offline = offline
        request.quiet = quiet
        if let baseURL, let source = chosen.first { request.baseURLs[source] = baseURL }
        var fetcher = Fetcher(
            settings: .fromEnvironment(environment), proxies: .fromEnvironment(environment))
        if !quiet { fetcher.notice = { StandardStream.note($0) } }
        var updater = Updater(
            request: request, fetcher: fetcher, cache: .standard(environment: environment), environment: environment
        ) { print($0, terminator: "") }
        // What the new vintage changed: the same table as `oilstat imports diff`, its five largest revisions.
        updater.importDiffSummary = { outcome, database in
            guard let id = outcome.record.id, !outcome.alreadyImported else { return nil }
            let diff = try RevisionsOfImport.compute(importID: id, database: database, limit: 5)
            guard !diff.largest.isEmpty else { return nil }
            return ReportRenderer.render(diff.reportTable(), options: RenderOptions(format: .table))
        }
        try await updater.run { try databaseOptions.open() }
    }
}
