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

    /// The checks of ``ShareBaseQuery/validate()`` (one place for them, shared with the server), as a usage error.
    func validate() throws {
        do { try query.validate() } catch let error as OilStatError { throw ValidationError(error.message) }
    }

    /// The choice as the analysis queries take it.
    var query: ShareBaseQuery { ShareBaseQuery(of: of?.rawValue, worldSource: worldSource) }
}
