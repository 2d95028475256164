import ArgumentParser
import OilStatCore

extension ProductionUnit: ExpressibleByArgument {
    /// Parses `kbd`, `mbd`, `bd`, `kbbl`, `kt` and the other spellings ``ProductionUnit/init(spelling:)`` knows.
    public init?(argument: String) { self.init(spelling: argument) }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// `--unit`: the unit a report shows production in.
struct UnitOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            """
            The unit: kbd (thousand barrels per day), mbd, bd, kbbl (thousand barrels in the month) or kt \
            (thousand tonnes in the month; JODI's CONVBBL barrels per tonne when the data has it, else 7.33).
            """, valueName: "unit"))
    var unit: ProductionUnit = .kbd
}
