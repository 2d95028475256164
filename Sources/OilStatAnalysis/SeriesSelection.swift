import OilStatCore

/// Which series a report reads: one source, one product, production flow, in kb/d.
///
/// Sources are never mixed: a report names the source it used. Defaults follow stated rules that do not change
/// with the months asked:
/// - product: crude oil (`CRUDEOIL`), or crude oil including lease condensate (`CRUDECOND`) for a source that
///   publishes no `CRUDEOIL` figure; never a product picked by coverage;
/// - source: the one covering the most countries over all its months (ties: the older source); a source with no
///   figure in the months asked is passed over, and the note says so. For one producer's series: the source with
///   the most figures for that producer over all months.
public struct SeriesSelection: Sendable, Equatable {
    public var source: Source
    public var product: Product
    public var flow: Int = Flow.production.id
    public var unit: Int = UnitCode.kbd.id
    /// Whether the source was chosen by OilStat rather than named by the user.
    public var sourceWasDefaulted: Bool
    /// Why the source was chosen, when OilStat chose it, e.g. "default: covers the most countries (14)".
    public var sourceReason: String?
    /// Why the product was chosen, when OilStat chose it, e.g. "default: crude oil".
    public var productReason: String?

    public init(
        source: Source, product: Product, sourceWasDefaulted: Bool = false, sourceReason: String? = nil,
        productReason: String? = nil
    ) {
        self.source = source
        self.product = product
        self.sourceWasDefaulted = sourceWasDefaulted
        self.sourceReason = sourceWasDefaulted ? (sourceReason ?? "default; choose with --source") : nil
        self.productReason = productReason
    }

    /// A line for report notes, e.g. `Source: OPEC MOMR secondary sources; product: Crude oil; kb/d`.
    public var note: String { "\(sourceAndProduct); unit: kb/d" }

    /// "Source: S (why); product: P (CODE) (why)".
    var sourceAndProduct: String {
        "Source: \(source.name)\(sourceReason.map { " (\($0))" } ?? ""); product: \(product.name) (\(product.code))"
            + (productReason.map { " (\($0))" } ?? "")
    }

    /// "Reuters survey has none" or "A, B and 2 more have none".
    static func passedOverText(_ names: [String]) -> String {
        let shown = names.prefix(3).joined(separator: ", ")
        let more = names.count > 3 ? " and \(names.count - 3) more" : ""
        return "\(shown)\(more) \(names.count == 1 ? "has" : "have") none"
    }

    /// The default product of `source`: CRUDEOIL, or CRUDECOND when the source has no CRUDEOIL figure; nil when it
    /// has neither.
    public static func defaultProduct(of source: Source, products: [Product], database: OilStatDatabase) throws
        -> (product: Product, reason: String)?
    {
        if try database.hasFigures(source: source.id, product: Product.crude.id) {
            return (Product.crude, "default: crude oil")
        }
        if let cond = products.first(where: { $0.code == "CRUDECOND" }),
            try database.hasFigures(source: source.id, product: cond.id)
        {
            return (cond, "default: crude oil; \(source.name) publishes it only with condensate")
        }
        return nil
    }

    /// The product named by `productCode`, checked against the known products.
    static func product(named productCode: String, among products: [Product]) throws -> Product {
        guard let code = ProductSpelling.code(for: productCode),
            let product = products.first(where: { $0.code == code })
        else {
            throw OilStatError(
                message: "unknown product \"\(productCode)\" (known: \(products.map(\.code).joined(separator: ", ")))")
        }
        return product
    }

    /// Resolves `sourceName` and `productCode` (either may be nil) for the given months.
    ///
    /// - Throws: `OilStatError` for an unknown source or product, or when no source has figures
    ///   for those months (naming the nearest months that have data).
    public static func resolve(in database: OilStatDatabase, months: [Month], sourceName: String?, productCode: String?)
        throws -> SeriesSelection
    {
        let products = try database.products()
        let wantedProduct: Product? = try productCode.map { try Self.product(named: $0, among: products) }
        let sources: [Source]
        if let sourceName {
            sources = [try database.source(named: sourceName)]
        } else {
            let covered = try database.sources().map { ($0, try database.countriesCovered(source: $0.id)) }
            sources = covered.sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }.map(\.0)
        }
        let units = try [UnitCode.kbd.id] + ["KTONS", "KBBL"].compactMap { try database.unit(code: $0)?.id }
        var passedOver: [String] = []
        for source in sources {
            let chosen: (product: Product, reason: String?)?
            if let wantedProduct {
                chosen = (wantedProduct, nil)
            } else {
                chosen = try defaultProduct(of: source, products: products, database: database).map { ($0.0, $0.1) }
            }
            guard let chosen else {
                passedOver.append(source.name)
                continue
            }
            var count = 0
            for month in months {
                for unit in units {
                    count +=
                        try database.productCoverage(month: month, source: source.id, unit: unit)[
                            chosen.product.id] ?? 0
                }
            }
            if count == 0 && sourceName != nil {
                // A named source may publish only totals (OPEC, WORL) for these months.
                for month in months where count == 0 {
                    count = try database.values(month: month, source: source.id, product: chosen.product.id).count
                }
            }
            guard count > 0 else {
                passedOver.append(source.name)
                continue
            }
            let defaulted = sourceName == nil && sources.count > 1
            var reason = "default: covers the most countries; choose with --source"
            if !passedOver.isEmpty {
                reason =
                    "default: the source covering the most countries with figures for these months "
                    + "(\(passedOverText(passedOver))); "
                    + "choose with --source"
            }
            return SeriesSelection(
                source: source, product: chosen.product, sourceWasDefaulted: defaulted, sourceReason: reason,
                productReason: chosen.reason)
        }
        let monthList = months.map(\.description).joined(separator: ", ")
        let nearby = try nearestMonthsWithData(in: database, around: months.first, sources: sources)
        let what = sourceName.map { "source \"\($0)\"" } ?? "any source"
        throw OilStatError(
            message:
                "no production figures for \(monthList) from \(what)"
                + (nearby.isEmpty ? "" : "; nearest months with data: " + nearby)
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
    /// Resolves the series for one producer over a period: the named source (or the one with the most figures for
    /// that producer over all months, so the choice does not change with the period) and product (crude oil by
    /// default, see ``defaultProduct(of:products:database:)``).
    public static func resolve(
        forProducer producer: Producer, in database: OilStatDatabase, from first: Month, to last: Month,
        sourceName: String?, productCode: String?
    ) throws -> SeriesSelection {
        let sources = try sourceName.map { [try database.source(named: $0)] } ?? database.sources()
        let products = try database.products()
        let wanted: Product? = try productCode.map { try Self.product(named: $0, among: products) }
        var ranked: [(count: Int, source: Source, product: Product, reason: String?)] = []
        for source in sources {
            var chosen: (Product, String?)?
            if let wanted {
                chosen = (wanted, nil)
            } else if let found = try defaultProduct(of: source, products: products, database: database) {
                chosen = (found.product, found.reason)
            }
            guard let chosen else { continue }
            let count = try database.figureCount(source: source.id, producer: producer.id, product: chosen.0.id)
            if count > 0 { ranked.append((count, source, chosen.0, chosen.1)) }
        }
        ranked.sort { ($0.count, $1.source.id) > ($1.count, $0.source.id) }
        var passedOver: [String] = []
        for candidate in ranked {
            let inPeriod = try database.series(
                producer: producer.id, from: first, to: last, source: candidate.source.id,
                product: candidate.product.id)
            guard !inPeriod.isEmpty else {
                passedOver.append(candidate.source.name)
                continue
            }
            var reason = "default: the most figures for \(producer.code) over all months; choose with --source"
            if !passedOver.isEmpty {
                reason =
                    "default: the most figures for \(producer.code) among sources with figures in the period "
                    + "(\(passedOverText(passedOver))); "
                    + "choose with --source"
            }
            return SeriesSelection(
                source: candidate.source, product: candidate.product,
                sourceWasDefaulted: sourceName == nil && sources.count > 1, sourceReason: reason,
                productReason: candidate.reason)
        }
        let product = wanted.map { " of \($0.code)" } ?? " of crude oil"
        throw OilStatError(
            message:
                "no figures\(product) for \(producer.name) (\(producer.code)) from \(first) to \(last)"
                + (sourceName.map { " in source \"\($0)\"" } ?? "")
        )
    }
}
