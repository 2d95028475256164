import OilStatCore

extension SeriesSelection {
    /// The series of one named source and product, without scoring sources against each other.
    ///
    /// Agreement reports use this: conformity is measured on the source the worked examples come from
    /// (the Reuters survey unless the user names another), never on a mix of sources.
    ///
    /// - Throws: `OilStatError` for an unknown source or product.
    public static func named(source sourceName: String, product productCode: String, in database: OilStatDatabase)
        throws -> SeriesSelection
    {
        let source = try database.source(named: sourceName)
        return SeriesSelection(source: source, product: try product(named: productCode, among: database.products()))
    }

    /// A note line naming the source and product, without the unit (reports in other units state theirs).
    public var sourceNote: String { "\(sourceAndProduct)." }
}
