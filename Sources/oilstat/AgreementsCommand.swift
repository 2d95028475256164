import ArgumentParser
import OilStatAnalysis
import OilStatCore

/// `oilstat agreements`: list the production agreements (the default), load your own, remove them.
struct AgreementsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreements",
        abstract: "List production agreements (the default), load agreements from CSV files, or remove loaded ones.",
        discussion: """
            oilstat agreements (or agreements list) lists every agreement phase by phase, and where each came \
            from: the bundled data or the file it was loaded from. Conformity works on loaded agreements as on \
            bundled ones.

            Example: oilstat agreements --format markdown
            """,
        subcommands: [AgreementsListCommand.self, AgreementsLoadCommand.self, AgreementsRemoveCommand.self],
        defaultSubcommand: AgreementsListCommand.self)
}

/// `oilstat agreements list`: the production agreements loaded, phase by phase, with their origin.
struct AgreementsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List production agreements with their phases and reference, adjustment and required totals.",
        discussion: """
            The notes name each agreement and where it came from: bundled, or loaded from FILE.

            Example: oilstat agreements list --format markdown
            """)

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try outputOptions.emit(try Catalog(database: databaseOptions.open()).agreementsTable())
    }
}
