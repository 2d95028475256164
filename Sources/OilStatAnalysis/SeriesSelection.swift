import OilStatCore

/// Which series a report reads: one source, one product, production flow, in kb/d.
///
/// Sources are never mixed: a report names the source it used, and when the user names none the
/// source with the most countries reporting in the months asked is chosen and stated.
public struct SeriesSelection: Sendable, Equatable {
    public var source: Source
    public var product: Product
    public var flow: Int = Flow.production.id
    public var unit: Int = UnitCode.kbd.id
    /// Whether the source was chosen by OilStat rather than named by the user.
    public var sourceWasDefaulted: Bool

    public init(source: Source, product: Product, sourceWasDefaulted: Bool = false) {
        self.source = source
        self.product = product
        self.sourceWasDefaulted = sourceWasDefaulted
    }

    /// A line for report notes, e.g. `Source: OPEC MOMR secondary sources; product: Crude oil; kb/d`.
    public var note: String {
        "Source: \(source.name)\(sourceWasDefaulted ? " (default: most countries reporting; choose with --source)" : ""); product: \(product.name) (\(product.code)); unit: kb/d"
    }

    /// Resolves `sourceName` and `productCode` (either may be nil) for the given months.
    ///
    /// - Throws: `OilStatError` for an unknown source or product, or when no source has figures
    ///   for those months (naming the nearest months that have data).
    public static func resolve(in database: OilStatDatabase, months: [Month], sourceName: String?, productCode: String?)
        throws -> SeriesSelection
    {
        let products = try database.products()
        var wantedProduct: Product?
        if let productCode {
            guard let code = ProductSpelling.code(for: productCode),
                let product = products.first(where: { $0.code == code })
            else {
                throw OilStatError(
                    message:
                        "unknown product \"\(productCode)\" (known: \(products.map(\.code).joined(separator: ", ")))")
            }
            wantedProduct = product
        }
        let sources = try sourceName.map { [try database.source(named: $0)] } ?? database.sources()
        // Score every (source, product) pair by the countries it covers in the months asked.
        var scores: [Int: [Int: Int]] = [:]
        for source in sources {
            for month in months {
                for (product, count) in try database.productCoverage(month: month, source: source.id) {
                    scores[source.id, default: [:]][product, default: 0] += count
                }
            }
        }
        var best: (score: Int, source: Source, product: Product)?
        for source in sources {
            for product in wantedProduct.map({ [$0] }) ?? products {
                let score = scores[source.id]?[product.id] ?? 0
                let better = best.map { score > $0.score } ?? (score > 0)
                if better { best = (score, source, product) }
            }
        }
        if let best {
            return SeriesSelection(
                source: best.source, product: best.product, sourceWasDefaulted: sourceName == nil && sources.count > 1)
        }
        let monthList = months.map(\.description).joined(separator: ", ")
        let nearby = try nearestMonthsWithData(in: database, around: months.first, sources: sources)
        let what = sourceName.map { "source \"\($0)\"" } ?? "any source"
        throw OilStatError(
            message:
                "no production figures for \(monthList) from \(what)\(nearby.isEmpty ? "" : "; nearest months with data: " + nearby)"
        )
    }

    /// The nearest months (before and after `month`) with figures from `sources`, as text.
    static func nearestMonthsWithData(in database: OilStatDatabase, around month: Month?, sources: [Source]) throws
        -> String
    {
        guard let month else { return "" }
        var all = Set<Month>()
        for source in sources {
            for product in [Product.crude.id, 20] {
                all.formUnion(try database.months(source: source.id, product: product))
            }
        }
        let before = all.filter { $0 < month }.max()
        let after = all.filter { $0 > month }.min()
        return [before, after].compactMap { $0?.description }.joined(separator: " and ")
    }
}

extension SeriesSelection {
    /// Resolves the series for one producer over a period: the named source (or the one with the most
    /// figures for that producer in the period) and product.
    public static func resolve(
        forProducer producer: Producer, in database: OilStatDatabase, from first: Month, to last: Month,
        sourceName: String?, productCode: String?
    ) throws -> SeriesSelection {
        let sources = try sourceName.map { [try database.source(named: $0)] } ?? database.sources()
        let products = try database.products()
        var candidates = products
        if let productCode {
            guard let code = ProductSpelling.code(for: productCode),
                let product = products.first(where: { $0.code == code })
            else {
                throw OilStatError(message: "unknown product \"\(productCode)\"")
            }
            candidates = [product]
        }
        var best: (count: Int, source: Source, product: Product)?
        for source in sources {
            for product in candidates {
                let count = try database.series(
                    producer: producer.id, from: first, to: last, source: source.id, product: product.id
                ).count
                if count > (best?.count ?? 0) { best = (count, source, product) }
            }
        }
        guard let best else {
            throw OilStatError(
                message:
                    "no figures for \(producer.name) (\(producer.code)) from \(first) to \(last)\(sourceName.map { " in source \"\($0)\"" } ?? "")"
            )
        }
        return SeriesSelection(
            source: best.source, product: best.product, sourceWasDefaulted: sourceName == nil && sources.count > 1)
    }
}
