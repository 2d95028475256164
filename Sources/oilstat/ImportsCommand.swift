import ArgumentParser
import OilStatAnalysis

/// `oilstat imports`: every file loaded or imported (`list`, the default), and what one import changed (`diff`).
struct ImportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "imports",
        abstract: "List the files loaded or imported: name, SHA-256, rows read, stored, missing and skipped, and time.",
        discussion: "Example: oilstat imports --format json; oilstat imports diff",
        subcommands: [ImportsListCommand.self, ImportsDiffCommand.self],
        defaultSubcommand: ImportsListCommand.self)
}

/// `oilstat imports list`: every file loaded or imported, with its SHA-256 and row counts.
struct ImportsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the files loaded or imported: name, SHA-256, rows read, stored, missing and skipped, and time.",
        discussion: "Example: oilstat imports list --format json")

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try outputOptions.emit(try Catalog(database: databaseOptions.open()).importsTable())
    }
}
