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
    /// What the shares are shares of.
    public var base: ShareBaseQuery

    /// A comparison of `first` with `second`.
    public init(
        first: Month, second: Month, series: SeriesQuery = SeriesQuery(), base: ShareBaseQuery = ShareBaseQuery()
    ) {
        self.first = first
        self.second = second
        self.series = series
        self.base = base
    }

    /// The comparison.
    public func compute(in database: OilStatDatabase) throws -> MonthComparison {
        let selection = try series.selection(in: database, months: [first, second])
        return try MonthComparison.compute(
            first, second, scope: series.scope(in: database), selection: selection,
            base: base.base(months: [first, second], selection: selection, database: database), database: database)
    }

    /// The comparison as the report table the CLI prints.
    public func table(in database: OilStatDatabase) throws -> ReportTable {
        try compute(in: database).reportTable()
    }
}
