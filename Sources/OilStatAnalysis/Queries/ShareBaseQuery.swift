import OilStatCore

/// What a query's shares are shares of, as asked (`--of`, `--world-source`, or the API's `of`, `world-source`):
/// resolved against the data of the months asked by ``base(months:selection:database:)``.
public struct ShareBaseQuery: Sendable, Equatable {
    /// The base asked for: `listed`, `source-total` or `world`; nil chooses by
    /// ``ShareBase/automatic(months:selection:worldSource:database:)``.
    public var of: String?
    /// The source of the world total (implies `world` unless `of` says otherwise).
    public var worldSource: String?

    /// The base spellings.
    public static let names = ["listed", "source-total", "world"]

    /// A base choice; the defaults choose automatically.
    public init(of: String? = nil, worldSource: String? = nil) {
        self.of = of
        self.worldSource = worldSource
    }

    /// Checks the spelling and the combination.
    ///
    /// - Throws: `OilStatError` (bad input) with the CLI's message.
    public func validate() throws {
        if let of, !Self.names.contains(of) {
            throw OilStatError(message: "--of must be one of \(Self.names.joined(separator: ", ")), not \"\(of)\".")
        }
        if worldSource != nil, let of, of != "world" {
            throw OilStatError(message: "--world-source goes with --of world, not --of \(of).")
        }
    }

    /// The base for `months`.
    public func base(months: [Month], selection: SeriesSelection, database: OilStatDatabase) throws -> ShareBase {
        try validate()
        let world = try worldSource.map { try database.source(named: $0) }
        switch of {
        case "listed": return .listed
        case "source-total": return .sourceTotal
        case "world": return .world(source: world)
        default:
            if world != nil { return .world(source: world) }
            return try ShareBase.automatic(months: months, selection: selection, database: database)
        }
    }
}
