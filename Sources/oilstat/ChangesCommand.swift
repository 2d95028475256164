import ArgumentParser
import OilStatAnalysis
import OilStatCore

/// `oilstat changes`: one producer month by month, with month-on-month and year-on-year changes.
struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "One producer's production month by month with month-on-month and year-on-year changes.",
        discussion: """
            With --within-vintage (the default for a source whose publications print the previous month, as OPEC's
            MOMR does), each month-on-month change takes both months from one publication: the one that holds the
            later month's value, and the previous month as that publication printed it, as the publisher computes
            the change. The notes say which vintages were used.
            Example: oilstat changes --producer SA --from 2018-01 --to 2019-12 --source "OPEC MOMR secondary sources"
            """)

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var outputOptions: OutputOptions

    @OptionGroup var producerOption: ProducerOption

    @OptionGroup var period: PeriodOptions

    @Option(
        help: ArgumentHelp(
            "The source to read (default: the one with most figures for the producer in the period).", valueName: "name"
        ))
    var source: String?

    @Option(help: ArgumentHelp("The product code (default: the source's).", valueName: "code"))
    var product: String?

    @OptionGroup var asOfOptions: AsOfOptions

    @Flag(
        inversion: .prefixedNo,
        help: ArgumentHelp(
            "Take both months of each change from one publication (default: on for a source whose publications "
                + "carry the previous month)."))
    var withinVintage: Bool?

    func run() throws {
        let query = ChangesQuery(
            producer: producerOption.producer, period: PeriodQuery(first: period.first, last: period.last),
            source: source,
            product: product, withinVintage: withinVintage)
        try outputOptions.emit(query.table(in: asOfOptions.reading(try databaseOptions.open())))
    }
}
