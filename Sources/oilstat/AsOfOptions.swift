import ArgumentParser
import OilStatCore

/// `--as-of`: answer with the figures as published by a day (every analysis command takes it).
struct AsOfOptions: ParsableArguments {
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Answer with the figures as published by this day, YYYY-MM-DD in 1900-01-01...2200-12-31 "
                + "(default: the latest).", valueName: "date"),
        transform: PublicationDate.argument)
    var asOf: PublicationDate?

    /// `database` answering as of `--as-of` (the latest figures without it).
    func reading(_ database: OilStatDatabase) -> OilStatDatabase { database.asOf(asOf) }
}
