import ArgumentParser
import OilStatCore

/// `--producer`: the one producer a command reads (`changes`, `revisions`).
struct ProducerOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The producer: code, alpha-3, name or alias (e.g. SA, SAU, KSA, \"Saudi Arabia\").", valueName: "producer"))
    var producer: String

    /// The producer named, from `database`.
    func resolve(in database: OilStatDatabase) throws -> Producer { try database.producer(matching: producer) }
}
