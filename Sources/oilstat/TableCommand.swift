import ArgumentParser
import OilStatAnalysis
import OilStatCore

/// `oilstat table`: a production table in the layout of OPEC's Monthly Oil Market Report.
struct TableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "table",
        abstract:
            "A MOMR-style production table: two annual averages, the last quarters, the last three months and the "
            + "change.",
        discussion: """
            One line per member (members as of each month; `..` where a producer was not a member) and the group \
            total. Annual and quarterly rates are day-weighted averages, shown only when every month has a figure (see \
            --partial).

            Examples:
              oilstat table --group opec --month 2018-12
              oilstat table --group opec --month 2016-12 --unit mbd --partial
            """)

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var seriesOptions: SeriesOptions
    @OptionGroup var unitOptions: UnitOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(
        help: ArgumentHelp("The month of the table (YYYY-MM): its last monthly column.", valueName: "YYYY-MM"),
        transform: MonthArgument.parse)
    var month: MonthArgument

    @Flag(help: "Show annual, quarterly and total figures from the months that have one, and list them as partial.")
    var partial = false

    func validate() throws {
        if seriesOptions.group == nil && seriesOptions.producers == nil {
            throw ValidationError("Give --group (e.g. opec) or --producers: the table has one line per member.")
        }
    }

    func run() throws {
        let query = ProductionTableQuery(
            month: month.month, series: seriesOptions.query, unit: unitOptions.unit, partial: partial)
        try outputOptions.emit(query.table(in: seriesOptions.reading(try databaseOptions.open())))
    }
}
