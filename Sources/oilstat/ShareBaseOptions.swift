import ArgumentParser
import OilStatAnalysis
import OilStatCore

/// `--of` and `--world-source`: what shares are shares of.
struct ShareBaseOptions: ParsableArguments {
    /// The spellings of `--of`.
    enum Name: String, ExpressibleByArgument, CaseIterable {
        case listed
        case sourceTotal = "source-total"
        case world
    }

    @Option(
        name: .customLong("of"),
        help: ArgumentHelp(
            """
            The base of the shares: listed (the producers with figures), source-total (the source's published total \
            for the group, e.g. its OPEC row) or world (a world total: the source's WORL figure, or that of \
            --world-source). Default: world when that world figure exists for the month, else listed.
            """, valueName: "base"))
    var of: Name?

    @Option(
        help: ArgumentHelp(
            "Take the world total from this source (implies --of world unless --of says otherwise).",
            valueName: "name"))
    var worldSource: String?

    func validate() throws {
        if worldSource != nil, let of, of != .world {
            throw ValidationError("--world-source goes with --of world, not --of \(of.rawValue).")
        }
    }

    /// The base for `months`: the one asked for, else ``ShareBase/automatic(months:selection:worldSource:database:)``.
    func base(months: [Month], selection: SeriesSelection, database: OilStatDatabase) throws -> ShareBase {
        let worldSource = try worldSource.map { try database.source(named: $0) }
        switch of {
        case .listed: return .listed
        case .sourceTotal: return .sourceTotal
        case .world: return .world(source: worldSource)
        case nil:
            if worldSource != nil { return .world(source: worldSource) }
            return try ShareBase.automatic(months: months, selection: selection, database: database)
        }
    }
}
