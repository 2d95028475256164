import ArgumentParser
import OilStatAnalysis
import OilStatCore

/// `oilstat averages`: quarterly or annual day-weighted averages of a producer or a group total.
struct AveragesCommand: ParsableCommand {
    enum Grouping: String, ExpressibleByArgument, CaseIterable {
        case month, quarter, year
    }

    static let configuration = CommandConfiguration(
        commandName: "averages",
        abstract: "Quarterly or annual averages (day-weighted) of a producer or of a group total, with the change.",
        discussion: """
            A group total counts the members of each month. A period is shown only when every month has a figure (see \
            --partial). Volumes (--unit kbbl or kt) are summed instead of averaged.

            Examples:
              oilstat averages --producer SA --by quarter --from 2016-10 --to 2017-03
              oilstat averages --group opec --by year --source "OPEC MOMR secondary sources"
            """)

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var unitOptions: UnitOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(help: ArgumentHelp("The producer: code, alpha-3, name or alias.", valueName: "producer"))
    var producer: String?

    @Option(
        help: ArgumentHelp(
            "A group total instead of a producer: opec, opec+, non-opec, big3 or a stored group.", valueName: "group"))
    var group: String?

    @Option(help: ArgumentHelp("Average by quarter or year (month lists the months).", valueName: "quarter|year"))
    var by: Grouping = .quarter

    @Option(
        help: ArgumentHelp(
            "The first month (default: the first with a figure); whole periods are used.", valueName: "YYYY-MM"),
        transform: MonthArgument.parse)
    var from: MonthArgument?

    @Option(
        help: ArgumentHelp(
            "The last month (default: the last with a figure); whole periods are used.", valueName: "YYYY-MM"),
        transform: MonthArgument.parse)
    var to: MonthArgument?

    @Option(
        help: ArgumentHelp("The source to read (default: the one with most figures in the period).", valueName: "name"))
    var source: String?

    @Option(help: ArgumentHelp("The product code (default: the source's).", valueName: "code"))
    var product: String?

    @Flag(help: "Show periods with missing months from the months that have a figure.")
    var partial = false

    func validate() throws {
        if (producer == nil) == (group == nil) { throw ValidationError("Give --producer or --group (one of them).") }
        if let from, let to, to.month < from.month {
            throw ValidationError("--to (\(to.month)) is before --from (\(from.month)).")
        }
        if group != nil && source == nil && (from == nil || to == nil) {
            throw ValidationError(
                "For a group, give --source, or --from and --to to choose the source with most figures.")
        }
    }

    func run() throws {
        let database = try databaseOptions.open()
        let kind = Period.Kind(rawValue: by.rawValue)!
        let subject: Averages.Subject
        let selection: SeriesSelection
        if let producer {
            let found = try database.producer(matching: producer)
            subject = .producer(found)
            selection = try SeriesSelection.resolve(
                forProducer: found, in: database, from: from?.month ?? Month(year: 1900, month: 1)!,
                to: to?.month ?? Month(year: 2200, month: 12)!, sourceName: source, productCode: product)
        } else {
            subject = .scope(try ProducerScope.group(named: group!, in: database))
            if let from, let to {
                selection = try SeriesSelection.resolve(
                    in: database, months: Month.range(from.month, to.month), sourceName: source, productCode: product)
            } else {
                selection = try groupSelection(source: source!, database: database)
            }
        }
        let averages = try Averages.compute(
            subject: subject, by: kind, from: from?.month, to: to?.month, selection: selection,
            unit: unitOptions.unit, allowPartial: partial, database: database)
        try outputOptions.emit(averages.reportTable())
    }

    /// The named source with `--product`, else the product it has most months of (crude oil on a tie).
    private func groupSelection(source: String, database: OilStatDatabase) throws -> SeriesSelection {
        if let product { return try SeriesSelection.named(source: source, product: product, in: database) }
        let found = try database.source(named: source)
        var best = (months: 0, code: Product.crude.code)
        for candidate in Product.builtIn {
            let months = try database.months(source: found.id, product: candidate.id).count
            if months > best.months { best = (months, candidate.code) }
        }
        return try SeriesSelection.named(source: source, product: best.code, in: database)
    }
}
