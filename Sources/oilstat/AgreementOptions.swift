import ArgumentParser
import OilStatAnalysis
import OilStatCore

/// The options of every conformity report: the agreement, the month or period, the source and product.
struct AgreementOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The agreement: id or name (see `oilstat agreements`).", valueName: "id"))
    var agreement: String

    @Option(help: ArgumentHelp("The month (YYYY-MM).", valueName: "YYYY-MM"), transform: MonthArgument.parse)
    var month: MonthArgument?

    @Option(
        help: ArgumentHelp("The first month of a period to average over (YYYY-MM).", valueName: "YYYY-MM"),
        transform: MonthArgument.parse)
    var from: MonthArgument?

    @Option(
        help: ArgumentHelp("The last month of a period to average over (YYYY-MM).", valueName: "YYYY-MM"),
        transform: MonthArgument.parse)
    var to: MonthArgument?

    @Option(
        help: ArgumentHelp(
            "The source of actual production (default: \"\(Conformity.defaultSource)\", where the published worked "
                + "examples come from).",
            valueName: "name"))
    var source: String?

    @Option(help: ArgumentHelp("The product (default: CRUDEOIL; agreements cover crude oil).", valueName: "code"))
    var product: String = Product.crude.code

    func validate() throws {
        switch (month, from, to) {
        case (.some, nil, nil): break
        case (nil, .some(let first), .some(let last)):
            if last.month < first.month {
                throw ValidationError("--to (\(last.month)) is before --from (\(first.month)).")
            }
            if last.month.index - first.month.index > 240 {
                throw ValidationError("The period is longer than 20 years.")
            }
        default: throw ValidationError("Give --month, or both --from and --to.")
        }
    }

    /// The months asked: one month, or every month of the period.
    var months: [Month] { month.map { [$0.month] } ?? Month.range(from!.month, to!.month) }

    /// Computes conformity with the agreement named, over the months asked.
    func conformity(in database: OilStatDatabase) throws -> (agreement: Agreement, conformity: Conformity) {
        try query.compute(in: database)
    }

    /// The options as the query `OilStatAnalysis` (and the server) share.
    var query: ConformityQuery {
        ConformityQuery(agreement: agreement, months: months, source: source, product: product)
    }
}
