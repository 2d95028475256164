import ArgumentParser
import OilStatAnalysis
import OilStatCore

/// `oilstat share`: each producer's production and market share in a month.
struct ShareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: "Market shares in a month: of a group (as of that month) and of all countries of the source.",
        discussion: """
            Examples:
              oilstat share --month 2018-10 --source "news report"
              oilstat share --month 2018-10 --group opec --top 5
            """)

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var seriesOptions: SeriesOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(help: ArgumentHelp("The month (YYYY-MM).", valueName: "YYYY-MM"))
    var month: MonthArgument

    @Option(help: ArgumentHelp("Show the N largest and fold the rest into one line; the notes give the top-N share.", valueName: "N"))
    var top: Int?

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
    }

    func run() throws {
        let database = try databaseOptions.open()
        let selection = try seriesOptions.selection(in: database, months: [month.month])
        let share = try MarketShare.compute(month: month.month, scope: seriesOptions.scope(in: database), selection: selection, database: database)
        try outputOptions.emit(share.reportTable(top: top))
    }
}
