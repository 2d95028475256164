import ArgumentParser
import OilStatAnalysis
import OilStatCore

/// `oilstat groups`: groups and their dated memberships.
struct GroupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract: "List groups (OPEC, OPEC+...) and their memberships with dates.",
        discussion: "Example: oilstat groups --month 2019-01   (Qatar is no longer in OPEC)")

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(
        help: ArgumentHelp("Only the members as of this month (YYYY-MM).", valueName: "YYYY-MM"),
        transform: MonthArgument.parse)
    var month: MonthArgument?

    func run() throws {
        try outputOptions.emit(try Catalog(database: databaseOptions.open()).groupsTable(month: month?.month))
    }
}
