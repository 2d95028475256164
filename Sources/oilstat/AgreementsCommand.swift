import ArgumentParser
import OilStatAnalysis

/// `oilstat agreements`: the production agreements loaded, phase by phase.
struct AgreementsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreements",
        abstract: "List production agreements with their phases and reference, adjustment and required totals.",
        discussion: "Example: oilstat agreements --format markdown")

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try outputOptions.emit(try Catalog(database: databaseOptions.open()).agreementsTable())
    }
}
