import ArgumentParser
import OilStatAnalysis
import OilStatCore

/// `oilstat revisions`: every published value of one producer's figure for one month.
struct RevisionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revisions",
        abstract: "List every published value (vintage) of one producer's figure for one month.",
        discussion: """
            Each vintage is the day a value was published, with its publication, the value and the change against
            the vintage before; a value is the latest from its vintage until the next one.
            Example: oilstat revisions --producer SA --month 2019-09 --source "OPEC MOMR secondary sources"
            """)

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var outputOptions: OutputOptions

    @OptionGroup var producerOption: ProducerOption

    @Option(help: ArgumentHelp("The month the figure is about.", valueName: "YYYY-MM"), transform: MonthArgument.parse)
    var month: MonthArgument

    @Option(
        help: ArgumentHelp(
            "The source to read (default: the one with most figures for the producer in the month).", valueName: "name")
    )
    var source: String?

    @Option(help: ArgumentHelp("The product code (default: the source's).", valueName: "code"))
    var product: String?

    func run() throws {
        let database = try databaseOptions.open()
        let found = try producerOption.resolve(in: database)
        let selection = try SeriesSelection.resolve(
            forProducer: found, in: database, from: month.month, to: month.month, sourceName: source,
            productCode: product)
        let revisions = try Revisions.compute(
            producer: found, month: month.month, selection: selection, database: database)
        try outputOptions.emit(revisions.reportTable())
    }
}
