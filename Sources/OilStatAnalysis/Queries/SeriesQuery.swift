import OilStatCore

/// Which figures a report reads: the source, product, group and producers asked for, as the CLI's `--source`,
/// `--product`, `--group` and `--producers` and the server's parameters of the same names give them.
public struct SeriesQuery: Sendable, Equatable {
    /// The source name (default: the one with most countries in the months asked).
    public var source: String?
    /// The product code (default: the source's).
    public var product: String?
    /// A group as of each month: opec, opec+, non-opec, big3 or a stored group.
    public var group: String?
    /// A comma-separated list of producers (codes, names or aliases).
    public var producers: String?

    /// A query for the given source, product, group and producers (all optional).
    public init(source: String? = nil, product: String? = nil, group: String? = nil, producers: String? = nil) {
        self.source = source
        self.product = product
        self.group = group
        self.producers = producers
    }

    /// The message when both a group and a list of producers are given.
    public static let groupAndProducersMessage = "Give --group or --producers, not both."

    /// Checks that the parameters go together.
    ///
    /// - Throws: `OilStatError` (bad input) with the CLI's message.
    public func validate() throws {
        if group != nil && producers != nil { throw OilStatError(message: Self.groupAndProducersMessage) }
    }

    /// The scope named by the group or the producers (all producers by default).
    public func scope(in database: OilStatDatabase) throws -> ProducerScope {
        if let group { return try ProducerScope.group(named: group, in: database) }
        if let producers { return try ProducerScope.producers(list: producers, in: database) }
        return .world
    }

    /// The series for `months`.
    public func selection(in database: OilStatDatabase, months: [Month]) throws -> SeriesSelection {
        try SeriesSelection.resolve(in: database, months: months, sourceName: source, productCode: product)
    }
}
