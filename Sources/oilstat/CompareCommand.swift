import ArgumentParser
import OilStatAnalysis
import OilStatCore

/// `oilstat compare`: production and shares in two months, and the change between them.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two months: kb/d, change in kb/d and percent, shares and share-point change.",
        discussion: """
            A producer with no figure in one month shows `..` there and no change: it is never compared with zero.
            Shares are like for like: with --of listed (the default without a world figure) they are of the producers
            with figures in both months; --of world and --of source-total use that published base in each month.
            Example:
              oilstat compare 2018-10 2018-11 --source "OPEC MOMR secondary sources" --group opec --of source-total
            """)

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var seriesOptions: SeriesOptions
    @OptionGroup var baseOptions: ShareBaseOptions
    @OptionGroup var outputOptions: OutputOptions

    @Argument(help: ArgumentHelp("The first month (YYYY-MM).", valueName: "from"), transform: MonthArgument.parse)
    var first: MonthArgument

    @Argument(help: ArgumentHelp("The second month (YYYY-MM).", valueName: "to"), transform: MonthArgument.parse)
    var second: MonthArgument

    func run() throws {
        let query = CompareQuery(
            first: first.month, second: second.month, series: seriesOptions.query, base: baseOptions.query)
        try outputOptions.emit(query.table(in: seriesOptions.reading(try databaseOptions.open())))
    }
}
