import ArgumentParser
import OilStatAnalysis

/// `oilstat imports diff [ID]`: what an import changed against the state before it.
struct ImportsDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What an import changed: new, revised, unchanged and withdrawn figures, and the largest revisions.",
        discussion: "Example: oilstat imports diff (the latest import); oilstat imports diff 3")

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var outputOptions: OutputOptions

    @Argument(help: ArgumentHelp("The import number (see oilstat imports; default: the latest).", valueName: "id"))
    var id: Int64?

    @Option(help: ArgumentHelp("How many of the largest revisions to list.", valueName: "n"))
    var limit: Int = 10

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let diff = try RevisionsOfImport.compute(importID: id, database: databaseOptions.open(), limit: limit)
        try outputOptions.emit(diff.reportTable())
    }
}
