import ArgumentParser
import OilStatAnalysis

/// `oilstat imports`: every file loaded or imported, with its SHA-256 and row counts.
struct ImportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "imports",
        abstract: "List the files loaded or imported: name, SHA-256, rows read, stored, missing and skipped, and time.",
        discussion: "Example: oilstat imports --format json")

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try outputOptions.emit(try Catalog(database: databaseOptions.open()).importsTable())
    }
}
