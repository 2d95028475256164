import ArgumentParser
import OilStatAnalysis

/// `oilstat producers`: the producers that have figures, with codes and aliases.
struct ProducersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "producers",
        abstract: "List producers: ISO code, alpha-3, name, aliases and how many figures each has.",
        discussion: "Example: oilstat producers --all --format csv")

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var outputOptions: OutputOptions

    @Flag(name: .long, help: "List every known producer, also those without figures.")
    var all = false

    func run() throws {
        try outputOptions.emit(try Catalog(database: databaseOptions.open()).producersTable(includeWithoutFigures: all))
    }
}
