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
        let products = try database.products()
        guard let code = ProductSpelling.code(for: productCode),
            let product = products.first(where: { $0.code == code })
        else {
            throw OilStatError(
                message: "unknown product \"\(productCode)\" (known: \(products.map(\.code).joined(separator: ", ")))")
        }
        return SeriesSelection(source: source, product: product)
    }

    /// A note line naming the source and product, without the unit (reports in other units state theirs).
    public var sourceNote: String {
        "Source: \(source.name)\(sourceWasDefaulted ? " (default: most countries reporting; choose with --source)" : ""); product: \(product.name) (\(product.code))."
    }
}
