import ArgumentParser
import OilStatAnalysis
import OilStatCore
import OilStatReport

/// `oilstat conformity`: how far the participants of an agreement kept to their cuts.
struct ConformityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conformity",
        abstract: "Conformity with a production agreement: reference, required and actual production, cuts and conformity %.",
        discussion: """
            Conformity % = actual cut / required cut × 100, where actual cut = reference − actual production (negative when output is above the reference). Required production is that of the phase in force. Exempt participants are listed but not counted; participants without a figure are listed as missing, and a side's published total (e.g. OPEC11-2016) is used when the source has one.

            Examples:
              oilstat conformity --agreement opec-2016-12 --month 2017-11
              oilstat conformity --agreement opecplus-2018-12 --month 2019-12
              oilstat conformity --agreement opecplus-2018-12 --from 2019-11 --to 2019-12
            """)

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(help: ArgumentHelp("The agreement: id or name (see `oilstat agreements`).", valueName: "id"))
    var agreement: String

    @Option(help: ArgumentHelp("The month (YYYY-MM).", valueName: "YYYY-MM"))
    var month: MonthArgument?

    @Option(help: ArgumentHelp("The first month of a period to average over (YYYY-MM).", valueName: "YYYY-MM"))
    var from: MonthArgument?

    @Option(help: ArgumentHelp("The last month of a period to average over (YYYY-MM).", valueName: "YYYY-MM"))
    var to: MonthArgument?

    @Option(help: ArgumentHelp("The source of actual production (default: \"\(Conformity.defaultSource)\", where the published worked examples come from).", valueName: "name"))
    var source: String?

    @Option(help: ArgumentHelp("The product (default: CRUDEOIL; agreements cover crude oil).", valueName: "code"))
    var product: String = Product.crude.code

    func validate() throws {
        switch (month, from, to) {
        case (.some, nil, nil): break
        case (nil, .some(let first), .some(let last)):
            if last.month < first.month { throw ValidationError("--to (\(last.month)) is before --from (\(first.month)).") }
            if last.month.index - first.month.index > 240 { throw ValidationError("The period is longer than 20 years.") }
        default: throw ValidationError("Give --month, or both --from and --to.")
        }
    }

    func run() throws {
        let database = try databaseOptions.open()
        let found = try AgreementResolver(database: database).agreement(matching: agreement)
        let months = month.map { [$0.month] } ?? Month.range(from!.month, to!.month)
        let selection = try SeriesSelection.named(source: source ?? Conformity.defaultSource, product: product, in: database)
        let conformity = try Conformity.compute(agreement: found, months: months, selection: selection, sourceWasDefault: source == nil,
                                                database: database)
        let machine: Set<OutputFormat> = [.csv, .tsv, .json]
        try outputOptions.emit(conformity.reportTable(conformityDecimals: machine.contains(outputOptions.resolvedFormat) ? 4 : 0))
    }
}
