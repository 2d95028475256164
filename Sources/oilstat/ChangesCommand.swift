import ArgumentParser
import OilStatAnalysis
import OilStatCore

/// `oilstat changes`: one producer month by month, with month-on-month and year-on-year changes.
struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "One producer's production month by month with month-on-month and year-on-year changes.",
        discussion:
            "Example: oilstat changes --producer SA --from 2018-01 --to 2019-12 --source \"OPEC MOMR secondary sources\""
    )

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(
        help: ArgumentHelp(
            "The producer: code, alpha-3, name or alias (e.g. SA, SAU, KSA, \"Saudi Arabia\").", valueName: "producer"))
    var producer: String

    @OptionGroup var period: PeriodOptions

    @Option(
        help: ArgumentHelp(
            "The source to read (default: the one with most figures for the producer in the period).", valueName: "name"
        ))
    var source: String?

    @Option(help: ArgumentHelp("The product code (default: the source's).", valueName: "code"))
    var product: String?

    func run() throws {
        let query = ChangesQuery(
            producer: producer, period: PeriodQuery(first: period.first, last: period.last), source: source,
            product: product)
        try outputOptions.emit(query.table(in: databaseOptions.open()))
    }
}
