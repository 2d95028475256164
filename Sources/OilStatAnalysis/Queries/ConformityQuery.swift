import OilStatCore
import OilStatReport

/// The question `oilstat conformity` and `/api/conformity` ask: how far an agreement's participants kept to it.
public struct ConformityQuery: Sendable, Equatable {
    /// The agreement: id or name.
    public var agreement: String
    /// The months: one, or a period to average over.
    public var months: [Month]
    /// The source of actual production (default: `Conformity.defaultSource`).
    public var source: String?
    /// The product (default: crude oil).
    public var product: String

    /// A conformity query over `months` (one month, or every month of a period).
    public init(agreement: String, months: [Month], source: String? = nil, product: String = Product.crude.code) {
        self.agreement = agreement
        self.months = months
        self.source = source
        self.product = product
    }

    /// The months of `month`, or of `from`...`to`, as `--month` or `--from`/`--to` give them.
    ///
    /// - Throws: `OilStatError` (bad input) with the CLI's message when they do not go together.
    public static func months(month: Month?, from: Month?, to: Month?) throws -> [Month] {
        switch (month, from, to) {
        case (.some(let month), nil, nil): return [month]
        case (nil, .some(let first), .some(let last)):
            let period = PeriodQuery(first: first, last: last)
            try period.validate(maximumMonths: 240)
            return period.months
        default: throw OilStatError(message: "Give --month, or both --from and --to.")
        }
    }

    /// The agreement found and its conformity over the months.
    public func compute(in database: OilStatDatabase) throws -> (agreement: Agreement, conformity: Conformity) {
        let found = try AgreementResolver(database: database).agreement(matching: agreement)
        let selection = try SeriesSelection.named(
            source: source ?? Conformity.defaultSource, product: product, in: database)
        let conformity = try Conformity.compute(
            agreement: found, months: months, selection: selection, sourceWasDefault: source == nil,
            database: database)
        return (found, conformity)
    }

    /// The conformity table the CLI prints in `format` (4 decimals of conformity in csv, tsv and json).
    public func table(in database: OilStatDatabase, format: OutputFormat) throws -> ReportTable {
        let machine: Set<OutputFormat> = [.csv, .tsv, .json]
        return try compute(in: database).conformity.reportTable(
            conformityDecimals: machine.contains(format) ? 4 : 0)
    }
}
