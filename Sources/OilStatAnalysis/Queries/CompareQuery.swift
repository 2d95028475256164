import OilStatCore
import OilStatReport

/// The question `oilstat compare FROM TO` and `/api/compare?from=&to=` ask: two months side by side.
public struct CompareQuery: Sendable, Equatable {
    /// The first month.
    public var first: Month
    /// The second month.
    public var second: Month
    /// The figures to read.
    public var series: SeriesQuery

    /// A comparison of `first` with `second`.
    public init(first: Month, second: Month, series: SeriesQuery = SeriesQuery()) {
        self.first = first
        self.second = second
        self.series = series
    }

    /// The comparison.
    public func compute(in database: OilStatDatabase) throws -> MonthComparison {
        let selection = try series.selection(in: database, months: [first, second])
        return try MonthComparison.compute(
            first, second, scope: series.scope(in: database), selection: selection, database: database)
    }

    /// The comparison as the report table the CLI prints.
    public func table(in database: OilStatDatabase) throws -> ReportTable {
        try compute(in: database).reportTable()
    }
}
