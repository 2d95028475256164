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
    /// What the shares are shares of.
    public var base: ShareBaseQuery
    /// The unit of the production column.
    public var unit: ProductionUnit

    /// A share query for `month`.
    public init(
        month: Month, series: SeriesQuery = SeriesQuery(), top: Int? = nil, base: ShareBaseQuery = ShareBaseQuery(),
        unit: ProductionUnit = .kbd
    ) {
        self.month = month
        self.series = series
        self.top = top
        self.base = base
        self.unit = unit
    }

    /// The message when `top` is below 1.
    public static let topMessage = "--top must be at least 1."

    /// Checks the parameters.
    ///
    /// - Throws: `OilStatError` (bad input) with the CLI's message.
    public func validate() throws {
        if let top, top < 1 { throw OilStatError(message: Self.topMessage) }
        try series.validate()
        try base.validate()
    }

    /// The market share in the month.
    public func compute(in database: OilStatDatabase) throws -> MarketShare {
        let selection = try series.selection(in: database, months: [month])
        return try MarketShare.compute(
            month: month, scope: series.scope(in: database), selection: selection,
            base: base.base(months: [month], selection: selection, database: database), database: database)
    }

    /// The shares as the report table the CLI prints, production in ``unit``.
    public func table(in database: OilStatDatabase) throws -> ReportTable {
        let share = try compute(in: database)
        let conversion = try UnitConversion.load(
            unit: unit, producers: share.entries.map(\.producer.id), preferredSource: share.selection.source.id,
            database: database)
        return share.reportTable(top: top, conversion: conversion)
    }
}
