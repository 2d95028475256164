import OilStatCore
import OilStatReport

/// The question `oilstat changes` and `/api/changes` ask: one producer month by month, with its changes.
public struct ChangesQuery: Sendable, Equatable {
    /// The producer: code, alpha-3, name or alias.
    public var producer: String
    /// The period.
    public var period: PeriodQuery
    /// The source (default: the one with most figures for the producer in the period).
    public var source: String?
    /// The product code (default: the source's).
    public var product: String?
    /// Whether both months of each change come from one publication (nil: when the source's publications carry
    /// the previous month, see `OilStatDatabase.carriesPreviousMonth(source:producer:)`).
    public var withinVintage: Bool?

    /// A changes query for `producer` over `period`.
    public init(
        producer: String, period: PeriodQuery, source: String? = nil, product: String? = nil,
        withinVintage: Bool? = nil
    ) {
        self.producer = producer
        self.period = period
        self.source = source
        self.product = product
        self.withinVintage = withinVintage
    }

    /// The producer's changes.
    public func compute(in database: OilStatDatabase) throws -> ProducerChanges {
        let found = try database.producer(matching: producer)
        let selection = try SeriesSelection.resolve(
            forProducer: found, in: database, from: period.first, to: period.last,
            sourceName: source, productCode: product)
        let within =
            try withinVintage ?? database.carriesPreviousMonth(source: selection.source.id, producer: found.id)
        return try ProducerChanges.compute(
            producer: found, from: period.first, to: period.last, selection: selection, database: database,
            withinVintage: within)
    }

    /// The changes as the report table the CLI prints.
    public func table(in database: OilStatDatabase) throws -> ReportTable {
        try compute(in: database).reportTable()
    }
}
