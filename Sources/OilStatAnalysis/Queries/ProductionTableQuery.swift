import OilStatCore
import OilStatReport

/// The question `oilstat table` and `/api/table` ask: a MOMR-style production table ending in a month.
public struct ProductionTableQuery: Sendable, Equatable {
    /// The month of the table: its last monthly column.
    public var month: Month
    /// The figures to read; a group or producers is required.
    public var series: SeriesQuery
    /// The unit of the table.
    public var unit: ProductionUnit
    /// Whether annual, quarterly and total figures may come from the months that have one.
    public var partial: Bool

    /// A table query for `month`.
    public init(month: Month, series: SeriesQuery, unit: ProductionUnit = .kbd, partial: Bool = false) {
        self.month = month
        self.series = series
        self.unit = unit
        self.partial = partial
    }

    /// Checks the parameters.
    ///
    /// - Throws: `OilStatError` (bad input) with the CLI's message.
    public func validate() throws {
        try series.validate()
        if series.group == nil && series.producers == nil {
            throw OilStatError(
                message: "Give --group (e.g. opec) or --producers: the table has one line per member.")
        }
    }

    /// The production table as the report table the CLI prints.
    public func table(in database: OilStatDatabase) throws -> ReportTable {
        let displayed = [month.adding(-2), month.previous, month]
        let selection = try series.selection(in: database, months: displayed)
        let table = try ProductionTable.compute(
            month: month, scope: series.scope(in: database), selection: selection,
            unit: unit, allowPartial: partial, database: database)
        return table.reportTable()
    }
}
