import OilStatCore

/// What `oilstat update` was asked to do.
public struct UpdateRequest: Sendable {
    /// The sources, in order (all three when the command names none... see `UpdateCommand`).
    public var sources: [UpdateSource]
    /// The first month wanted: EIA's API asks only from it; JODI then fetches the yearly files from its year on.
    public var since: Month?
    /// Fetch and verify, but import nothing.
    public var dryRun = false
    /// Fetch nothing: say what would be fetched and what is cached.
    public var offline = false
    /// No progress bar and no notices; errors only.
    public var quiet = false
    /// Addresses replacing the publishers' (`--base-url`, `OILSTAT_*_URL`).
    public var baseURLs: [UpdateSource: String] = [:]
    /// The database file (its absolute path marks what has been imported into it).
    public var databasePath: String

    public init(sources: [UpdateSource], databasePath: String) {
        self.sources = sources
        self.databasePath = databasePath
    }

    /// The address of `source`: `--base-url`, else its environment variable, else the publisher's.
    public func address(of source: UpdateSource, environment: [String: String]) -> String {
        if let address = baseURLs[source] { return address }
        if let address = environment[source.environmentVariable], !address.isEmpty { return address }
        return source.defaultURL
    }
}
