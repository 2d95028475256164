import Foundation
import OilStatCore
import OilStatImport

/// Runs `oilstat update`: for each source, a conditional (and resumable) download into the cache, verification, and
/// an import of a changed file through the existing importers, in one transaction per file, dated by the
/// publisher's `Last-Modified` (today's UTC date when the server sends none). An unchanged file (304, or the same
/// EIA pages) that is already in the database writes nothing; a file fetched but not imported (a dry run, an
/// interrupted import) is imported from the cache next time.
///
/// The database is opened only when a file has to be imported, so an up-to-date check touches no database.
public struct Updater {
    /// What was asked.
    public var request: UpdateRequest
    /// The HTTP side.
    public var fetcher: Fetcher
    /// Where downloads are kept.
    public var cache: DownloadCache
    /// The environment (addresses, key, config folder).
    public var environment: [String: String]
    /// Where result lines go (standard output).
    public var output: (String) -> Void
    /// The import diff hook: given the outcome of an import and the database, the summary of what changed (new
    /// months, revised figures, largest revisions) to print after it. The vintages work plugs its import diff in
    /// here; nil prints the import's own summary only.
    public var importDiffSummary: ((ImportOutcome, OilStatDatabase) throws -> String?)?

    public init(
        request: UpdateRequest, fetcher: Fetcher, cache: DownloadCache, environment: [String: String],
        output: @escaping (String) -> Void
    ) {
        self.request = request
        self.fetcher = fetcher
        self.cache = cache
        self.environment = environment
        self.output = output
    }

    /// The database path as recorded beside cached files.
    var databaseKey: String { URL(fileURLWithPath: request.databasePath).standardizedFileURL.path }

    /// Updates every requested source, in order; the first failure stops the run (earlier sources stay imported).
    ///
    /// - Parameter openDatabase: opens the database (called at most once, when a file has to be imported).
    public func run(openDatabase: () throws -> OilStatDatabase) async throws {
        if request.offline {
            describeOffline()
            return
        }
        try cache.create()
        var database: OilStatDatabase?
        let open: () throws -> OilStatDatabase = {
            if let database { return database }
            let opened = try openDatabase()
            database = opened
            return opened
        }
        let year =
            Calendar(identifier: .gregorian).dateComponents(in: TimeZone(secondsFromGMT: 0) ?? .current, from: Date())
            .year ?? 2026
        for source in request.sources {
            let address = request.address(of: source, environment: environment)
            if source == .eia {
                try await updateAPI(address: address, open: open)
                continue
            }
            for planned in PlannedDownload.files(of: source, address: address, request: request, currentYear: year) {
                try await update(planned, open: open)
            }
        }
    }

    // MARK: - Files

    private func update(_ planned: PlannedDownload, open: () throws -> OilStatDatabase) async throws {
        let file = cache.entry(planned.cacheName)
        let progress = DownloadProgress(label: planned.label, enabled: request.quiet ? false : nil)
        defer { progress.finish() }
        let result = try await fetcher.download(planned.address, into: file, label: planned.label, progress: progress)
        progress.finish()
        switch result {
        case .unchanged(let validators):
            if validators.importedInto.contains(databaseKey) {
                say("\(planned.label): unchanged on the server (304 Not Modified); nothing written")
                return
            }
            if request.dryRun {
                say("\(planned.label): unchanged on the server (304); dry run: the cached copy would be imported")
                return
            }
            say("\(planned.label): unchanged on the server (304); importing the cached copy")
            try importFile(file, validators: validators, planned: planned, open: open)
        case .downloaded(let validators):
            do {
                try DownloadVerifier.verify(
                    path: file.partPath, name: planned.cacheName, expecting: planned.format, zip: planned.zip)
            } catch {
                file.discardPart()
                throw error
            }
            try file.promotePart(validators: validators)
            say(
                "\(planned.label): downloaded \(planned.cacheName) (\(DownloadProgress.bytes(validators.size))"
                    + (validators.lastModified.map { ", Last-Modified \($0)" } ?? "") + ")")
            if request.dryRun {
                say("\(planned.label): dry run: verified, not imported (the database is unchanged)")
                return
            }
            try importFile(file, validators: validators, planned: planned, open: open)
        }
    }

    private func importFile(
        _ file: CachedFile, validators: Validators, planned: PlannedDownload, open: () throws -> OilStatDatabase
    ) throws {
        let database = try open()
        let day = validators.lastModified.flatMap(HTTPDate.day(of:)) ?? HTTPDate.day(of: Date())
        let vintage = try PublicationDate(parsing: day)
        let options = ImportOptions(
            format: planned.format, vintage: vintage, progress: request.quiet ? false : nil,
            displayName: planned.cacheName)
        let outcome = try FileImporter.importFile(path: file.path, into: database, options: options)
        say("\(planned.label): vintage \(vintage): \(outcome.summary)")
        if let hook = importDiffSummary, let summary = try hook(outcome, database) { say(summary) }
        var imported = validators
        if !imported.importedInto.contains(databaseKey) { imported.importedInto.append(databaseKey) }
        try imported.write(file.validatorsPath)
    }

    // MARK: - EIA API

    private func updateAPI(address: String, open: () throws -> OilStatDatabase) async throws {
        let source = UpdateSource.eia
        let key = try EIAKey.resolve(environment: environment)
        let pages = EIAPageFetch(baseURL: address, since: request.since, key: key)
        let progress = DownloadProgress(label: "eia rows", enabled: request.quiet ? false : nil)
        let fetched = try await pages.fetch(
            with: fetcher, label: source.rawValue, environment: environment, progress: progress)
        progress.finish()
        let file = cache.entry(source.cacheFileName)
        let planned = PlannedDownload(
            label: source.rawValue, address: address, cacheName: source.cacheFileName, format: .eiaAPI, zip: false)
        if let cached = file.validators(), FileManager.default.contents(atPath: file.path) == fetched.json {
            if cached.importedInto.contains(databaseKey) {
                say("eia: \(fetched.rows) rows, unchanged since the last update; nothing written")
            } else if request.dryRun {
                say("eia: \(fetched.rows) rows, unchanged; dry run: the cached copy would be imported")
            } else {
                try importFile(file, validators: cached, planned: planned, open: open)
            }
            return
        }
        do { try fetched.json.write(to: URL(fileURLWithPath: file.partPath)) } catch {
            throw OilStatError.fileSystem(
                "cannot write the download: \(error.localizedDescription)", errno: EIO, file: file.partPath)
        }
        let validators = Validators(
            url: address, etag: nil, lastModified: fetched.lastModified, size: fetched.json.count)
        try file.promotePart(validators: validators)
        say("eia: fetched \(fetched.rows) rows in \(fetched.pages) page\(fetched.pages == 1 ? "" : "s")")
        if request.dryRun {
            say("eia: dry run: verified, not imported (the database is unchanged)")
            return
        }
        try importFile(file, validators: validators, planned: planned, open: open)
    }

    // MARK: - Offline

    private func describeOffline() {
        let year =
            Calendar(identifier: .gregorian).dateComponents(in: TimeZone(secondsFromGMT: 0) ?? .current, from: Date())
            .year ?? 2026
        for source in request.sources {
            let address = request.address(of: source, environment: environment)
            var planned = PlannedDownload.files(of: source, address: address, request: request, currentYear: year)
            if source == .eia {
                let since = request.since.map { " from \($0)" } ?? ""
                say(
                    "eia: would fetch monthly crude oil production (product 57, activity 1, TBPD)\(since) from "
                        + "\(address), \(EIAPageFetch.pageLength) rows a request")
                if (try? EIAKey.resolve(environment: environment)) == nil {
                    say("eia: no API key yet: set EIA_API_KEY (free at \(EIAKey.registrationURL))")
                }
                planned = [
                    PlannedDownload(
                        label: "eia", address: address, cacheName: source.cacheFileName, format: .eiaAPI, zip: false)
                ]
            }
            for item in planned {
                let file = cache.entry(item.cacheName)
                if source != .eia { say("\(item.label): would fetch \(item.address)") }
                if let cached = file.validators() {
                    let state = cached.importedInto.contains(databaseKey) ? "imported" : "not yet imported"
                    var line = "\(item.label): cached \(file.path) (\(DownloadProgress.bytes(cached.size)), \(state)"
                    if let etag = cached.etag { line += ", ETag \(etag)" }
                    if let lastModified = cached.lastModified { line += ", Last-Modified \(lastModified)" }
                    say(line + "); the request would be conditional")
                } else {
                    say("\(item.label): not cached yet (\(file.path))")
                }
                if file.partSize > 0 {
                    say("\(item.label): partial download of \(DownloadProgress.bytes(file.partSize)) would be resumed")
                }
            }
        }
    }

    private func say(_ line: String) {
        guard !request.quiet else { return }
        output(line + "\n")
    }
}
