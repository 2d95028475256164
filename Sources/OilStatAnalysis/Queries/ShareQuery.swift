import OilStatCore
import OilStatReport

/// The question `oilstat share --month` and `/api/share` ask: production and market shares in a month.
public struct ShareQuery: Sendable, Equatable {
    /// The month.
    public var month: Month
    /// The figures to read.
    public var series: SeriesQuery
    /// Show the N largest and fold the rest into one line.
    public var top: Int?

    /// A share query for `month`.
    public init(month: Month, series: SeriesQuery = SeriesQuery(), top: Int? = nil) {
        self.month = month
        self.series = series
        self.top = top
    }

    /// The message when `top` is below 1.
    public static let topMessage = "--top must be at least 1."

    /// Checks the parameters.
    ///
    /// - Throws: `OilStatError` (bad input) with the CLI's message.
    public func validate() throws {
        if let top, top < 1 { throw OilStatError(message: Self.topMessage) }
        try series.validate()
    }

    /// The market share in the month.
    public func compute(in database: OilStatDatabase) throws -> MarketShare {
        let selection = try series.selection(in: database, months: [month])
        return try MarketShare.compute(
            month: month, scope: series.scope(in: database), selection: selection, database: database)
    }

    /// The shares as the report table the CLI prints.
    public func table(in database: OilStatDatabase) throws -> ReportTable {
        try compute(in: database).reportTable(top: top)
    }
}
