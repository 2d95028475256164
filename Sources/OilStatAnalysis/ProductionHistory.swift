import OilStatCore

/// Monthly production of a few producers over a period, from one source: what a production line chart shows.
///
/// Sources are never mixed within one history. With `sourceName` nil, the source (and product) with the most
/// figures for these producers in the period is used; ties go to the one covering more of the producers, then
/// to the source listed first by `oilstat sources`. The other sources that have figures for the producers are
/// kept in ``alternatives`` so the chart can name them.
public struct ProductionHistory: Sendable {
    /// Another source (and product) with figures for the producers in the period.
    public struct Alternative: Sendable, Equatable {
        public var source: String
        public var product: String
        public var figures: Int
        public var producers: Int
    }

    public var producers: [Producer]
    /// Every month from the first through the last asked.
    public var months: [Month]
    public var selection: SeriesSelection
    /// One row per producer (in the order of ``producers``), one value per month; nil = no figure.
    public var values: [[Double?]]
    /// Other sources with figures for these producers in the period, most figures first.
    public var alternatives: [Alternative]

    /// The producers without any figure from the selected source in the period.
    public var producersWithoutFigures: [Producer] {
        zip(producers, values).filter { $0.1.allSatisfy { $0 == nil } }.map(\.0)
    }

    /// How many figures the history holds.
    public var figureCount: Int { values.reduce(0) { $0 + $1.compactMap { $0 }.count } }

    /// Reads the history of `producers` from `first` through `last`.
    ///
    /// - Throws: `OilStatError` for an unknown source or product, or when no source has a figure for any of
    ///   the producers in the period (naming the nearest months with data).
    public static func compute(
        producers: [Producer], from first: Month, to last: Month, sourceName: String?, productCode: String?,
        database: OilStatDatabase
    ) throws -> ProductionHistory {
        let sources = try sourceName.map { [try database.source(named: $0)] } ?? database.sources()
        let products = try database.products()
        var wantedProduct: Int?
        if let productCode {
            guard let code = ProductSpelling.code(for: productCode),
                let product = products.first(where: { $0.code == code })
            else {
                throw OilStatError.unknown(
                    "product", productCode, among: products.map(\.code), listing: products.map(\.code))
            }
            wantedProduct = product.id
        }
        // (source, product) -> producer id -> month -> kb/d
        struct Pair: Hashable {
            var source: Int
            var product: Int
        }
        var found: [Pair: [Int: [Month: Double]]] = [:]
        for source in sources {
            for producer in producers {
                let selection = FigureSelection(
                    source: source.id, producer: producer.id, from: first, through: last,
                    product: wantedProduct, flow: Flow.production.id, unit: UnitCode.kbd.id)
                for figure in try database.figures(selection) {
                    let pair = Pair(source: source.id, product: figure.key.product)
                    found[pair, default: [:]][producer.id, default: [:]][figure.key.month] = figure.value
                }
            }
        }
        let sourceOrder = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1.id, $0) })
        func score(_ pair: Pair) -> (figures: Int, producers: Int) {
            let byProducer = found[pair] ?? [:]
            return (byProducer.values.reduce(0) { $0 + $1.count }, byProducer.count)
        }
        let ranked = found.keys.sorted { a, b in
            let sa = score(a)
            let sb = score(b)
            if sa.figures != sb.figures { return sa.figures > sb.figures }
            if sa.producers != sb.producers { return sa.producers > sb.producers }
            if a.source != b.source { return sourceOrder[a.source]! < sourceOrder[b.source]! }
            return a.product < b.product
        }
        let names = producers.map(\.code).joined(separator: ", ")
        guard let best = ranked.first else {
            let nearby = try SeriesSelection.nearestMonthsWithData(in: database, around: first, sources: sources)
            let what = sourceName.map { "source \"\($0)\"" } ?? "any source"
            throw OilStatError.notFound(
                "no production figures for \(names) from \(first) to \(last) in \(what)"
                    + (nearby.isEmpty ? "" : "; nearest months with data: \(nearby)"))
        }
        let source = sources.first { $0.id == best.source }!
        let product = products.first { $0.id == best.product }!
        let selection = SeriesSelection(
            source: source, product: product, sourceWasDefaulted: sourceName == nil && sources.count > 1)
        let months = Month.range(first, last)
        let values = producers.map { producer in months.map { found[best]?[producer.id]?[$0] } }
        let alternatives = ranked.dropFirst().map { pair in
            Alternative(
                source: sources.first { $0.id == pair.source }!.name,
                product: products.first { $0.id == pair.product }!.code,
                figures: score(pair).figures, producers: score(pair).producers)
        }
        return ProductionHistory(
            producers: producers, months: months, selection: selection, values: values, alternatives: alternatives)
    }
}
