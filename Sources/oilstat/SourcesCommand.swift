import ArgumentParser
import OilStatAnalysis

/// `oilstat sources`: the sources figures come from.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the sources of the figures, with counts and the months they cover.",
        discussion: "Example: oilstat sources")

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try outputOptions.emit(try Catalog(database: databaseOptions.open()).sourcesTable())
    }
}
