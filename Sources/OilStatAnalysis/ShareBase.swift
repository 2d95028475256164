import OilStatCore

/// What a share is a share of. Every share OilStat prints states its base in words.
///
/// - ``listed``: the producers of the scope that have a figure in the month (the sum of what the source lists);
///   "share of the 10 producers this source lists".
/// - ``sourceTotal``: the source's own published total for the scope's group (its `OPEC` row for OPEC, its
///   `WORL` row for every producer); "share of the OPEC total as published by OPEC MOMR secondary sources".
/// - ``world(source:)``: the `WORL` figure of the report's source, or of another source when one is named;
///   "share of world production as published by EIA".
public enum ShareBase: Sendable, Equatable {
    /// The producers of the scope with figures in the month.
    case listed
    /// The source's published total for the scope's group.
    case sourceTotal
    /// The world total (`WORL`) of `source`, or of the report's own source when nil.
    case world(source: Source?)

    /// The option spelling: `listed`, `source-total` or `world`.
    public var name: String {
        switch self {
        case .listed: return "listed"
        case .sourceTotal: return "source-total"
        case .world: return "world"
        }
    }

    /// The code of the stored world total.
    public static let worldCode = "WORL"

    /// The default base: `world` when the world source (`worldSource`, else the selection's source) publishes a
    /// world figure for every month asked, else `listed`.
    public static func automatic(
        months: [Month], selection: SeriesSelection, worldSource: Source? = nil, database: OilStatDatabase
    ) throws -> ShareBase {
        let source = worldSource ?? selection.source
        for month in months {
            let figure = try worldFigure(month: month, source: source, product: selection.product, database: database)
            if figure == nil { return .listed }
        }
        return months.isEmpty ? .listed : .world(source: worldSource)
    }

    /// The world figure of `source` in `month`, kb/d: of `product` when the source publishes one, else of the
    /// first other product (by id) it publishes a world figure for (the product is returned so reports can name
    /// it). Figures stored in kt or kbbl are converted as
    /// ``UnitConversion/storedKBD(month:source:product:producers:database:)`` does. One range read of the source's
    /// `WORL` figures for the month.
    public static func worldFigure(month: Month, source: Source, product: Product, database: OilStatDatabase)
        throws -> (kbd: Double, product: Product)?
    {
        guard let world = try database.aggregate(code: worldCode) else { return nil }
        let figures = try database.figures(
            FigureSelection(
                source: source.id, producer: world.id, from: month, through: month, flow: Flow.production.id))
        guard !figures.isEmpty else { return nil }
        let products = Set(figures.map(\.key.product))
        guard let first = products.min() else { return nil }
        let chosen = products.contains(product.id) ? product.id : first
        let values = try UnitConversion.storedKBD(
            month: month, source: source.id, product: chosen, producers: [world.id], database: database)
        guard let kbd = values.kbd[world.id] else { return nil }
        let named = try database.products().first { $0.id == chosen } ?? product
        return (kbd, named)
    }
}
