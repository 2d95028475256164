import ArgumentParser
import OilStatAnalysis
import OilStatCore

/// `oilstat concentration`: top-N shares, the Herfindahl-Hirschman index and the shares of named sets.
struct ConcentrationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concentration",
        abstract:
            "How concentrated production is: top 3/5/10 shares, HHI and the shares of named sets, optionally against "
            + "another month.",
        discussion: """
            HHI = sum of squared percentage shares (0-10,000). --set names a group (e.g. big3) or a list of producers \
            (e.g. SA,RU,US) and may be repeated; by default the big3 group is used when it exists. See also `oilstat \
            rank` for the ranking with rank changes.

            Examples:
              oilstat concentration --month 2018-10 --source "news report"
              oilstat concentration --month 2019-12 --compare-to 2019-11 --group opec --source "Reuters survey" --set \
              SA,IQ
            """)

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var seriesOptions: SeriesOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(help: ArgumentHelp("The month (YYYY-MM).", valueName: "YYYY-MM"), transform: MonthArgument.parse)
    var month: MonthArgument

    @Option(
        name: .customLong("compare-to"), help: ArgumentHelp("A month to compare with (YYYY-MM).", valueName: "YYYY-MM"),
        transform: MonthArgument.parse)
    var compareTo: MonthArgument?

    @Option(
        name: .customLong("set"),
        help: ArgumentHelp(
            "A named set whose share to show: a group id or a list of producers (repeatable).", valueName: "set"))
    var sets: [String] = []

    func run() throws {
        let database = seriesOptions.reading(try databaseOptions.open())
        let months = [month.month] + (compareTo.map { [$0.month] } ?? [])
        let selection = try seriesOptions.selection(in: database, months: months)
        let concentration = try Concentration.compute(
            month: month.month, comparedTo: compareTo?.month, scope: seriesOptions.scope(in: database),
            sets: try ConcentrationCommand.sets(sets, database: database), selection: selection,
            database: database)
        try outputOptions.emit(concentration.reportTable())
    }

    /// The sets named by `--set` (a stored group, else a list of producers); by default the `big3` group if it exists.
    static func sets(_ texts: [String], database: OilStatDatabase) throws -> [ProducerScope] {
        if texts.isEmpty {
            if let big3 = try? ProducerScope.group(named: "big3", in: database) { return [big3] }
            return []
        }
        return try texts.map { text in
            if !text.contains(","), let group = try? ProducerScope.group(named: text, in: database), case .group = group
            {
                return group
            }
            return try ProducerScope.producers(list: text, in: database)
        }
    }
}
