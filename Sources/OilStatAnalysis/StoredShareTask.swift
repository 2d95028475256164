import OilStatCore
import OilStatImport
import OilStatReport

/// The share task over the stored database: every country's production of one product (crude oil by default) per
/// month of one source's whole history, with its share of the month's total and its month-on-month change.
///
/// The rows are ``ShareHistory``'s, so after `oilstat import FILE` the CSV is byte for byte the file task's
/// (``JODIShareTask``) on the same file. The figures come from one skip-scan of the source's keys
/// (`OilStatDatabase.seriesHistory`); totals published by the source (`OPEC`, `WORL`: aggregates) are not
/// countries and enter neither the rows nor the totals.
///
/// For example:
/// ```swift
/// let history = try StoredShareTask.read(in: database, sourceName: "JODI", productCode: nil)
/// try OutputFile.write(ShareHistory.csv(history.rows), to: "shares.csv")
/// ```
public enum StoredShareTask {
    /// The rows of the task and the series they come from.
    public struct Result: Sendable {
        /// The source and product read (production, kb/d).
        public var selection: SeriesSelection
        /// Why the source was chosen, in words: named by the user or by the default rule.
        public var sourceReason: String
        /// The share task's rows.
        public var rows: [ShareRow]
    }

    /// Reads the series of `sourceName` and `productCode` and computes the share task's rows.
    ///
    /// - Parameters:
    ///   - database: the database to read.
    ///   - sourceName: the source; nil chooses it by the default rule: `JODI` when it has figures of the product,
    ///     else the source with the most country figures of the product over its whole history.
    ///   - productCode: the product (any spelling `--product` takes); nil is crude oil (`CRUDEOIL`).
    /// - Throws: `OilStatError` for an unknown source or product, or when the source has no figures
    ///   of the product (production, kb/d).
    public static func read(in database: OilStatDatabase, sourceName: String?, productCode: String?) throws
        -> Result
    {
        let product = try resolveProduct(productCode, in: database)
        if let sourceName {
            let source = try database.source(named: sourceName)
            let rows = try rows(in: database, source: source.id, product: product.id)
            guard !rows.isEmpty else { throw noFigures(product: product, source: source.name) }
            return Result(
                selection: SeriesSelection(source: source, product: product), sourceReason: "named with --source",
                rows: rows)
        }
        let sources = try database.sources()
        let jodi = ImportFormat.jodi.defaultSource
        if let source = sources.first(where: { $0.name.caseInsensitiveCompare(jodi) == .orderedSame }) {
            let rows = try rows(in: database, source: source.id, product: product.id)
            if !rows.isEmpty {
                return Result(
                    selection: SeriesSelection(source: source, product: product, sourceWasDefaulted: true),
                    sourceReason: "default: \(jodi) when it has figures; choose with --source", rows: rows)
            }
        }
        // The source with the most country figures of the product over its whole history (the first on a tie).
        var best: (count: Int, source: Source)?
        for source in sources where source.name.caseInsensitiveCompare(jodi) != .orderedSame {
            let count = try database.countryCoverage(source: source.id).reduce(0) {
                $1.product == product.id ? $0 + $1.countries : $0
            }
            if count > (best?.count ?? 0) { best = (count, source) }
        }
        guard let best else { throw noFigures(product: product, source: nil) }
        return Result(
            selection: SeriesSelection(source: best.source, product: product, sourceWasDefaulted: true),
            sourceReason: "default: the source with most country figures over all months; choose with --source",
            rows: try rows(in: database, source: best.source.id, product: product.id))
    }

    /// The share task's rows of one source's production of `product` in kb/d, countries only.
    public static func rows(in database: OilStatDatabase, source: Int, product: Int) throws -> [ShareRow] {
        let history = try database.seriesHistory(source: source, product: product)
        var input: [ShareHistory.Observation] = []
        input.reserveCapacity(history.figures.count)
        for figure in history.figures {
            guard let producer = history.producers[figure.producer], producer.isCountry else { continue }
            input.append(
                ShareHistory.Observation(country: producer.code, monthIndex: figure.monthIndex, kbd: figure.value))
        }
        do {
            return try ShareHistory.rows(input) { Month(index: Int($0)).description }
        } catch {
            // Keys are unique, and producer codes too: one figure per country and month.
            throw OilStatError(
                storage: StorageError(
                    file: database.path, action: "cannot read the figures",
                    reason: "two stored figures for \(error.country) in \(Month(index: Int(error.monthIndex)))"))
        }
    }

    /// The product `code` names (crude oil when nil).
    static func resolveProduct(_ code: String?, in database: OilStatDatabase) throws -> Product {
        guard let code else { return .crude }
        let products = try database.products()
        guard let wanted = ProductSpelling.code(for: code), let product = products.first(where: { $0.code == wanted })
        else {
            throw OilStatError.notFound(
                "unknown product \"\(code)\" (known: \(products.map(\.code).joined(separator: ", ")))",
                suggestions: products.map(\.code))
        }
        return product
    }

    /// The error for a source (or every source, when nil) without production figures of `product` in kb/d.
    static func noFigures(product: Product, source: String?) -> OilStatError {
        let from = source.map { "source \"\($0)\"" } ?? "any source"
        return OilStatError.notFound(
            "no \(product.code) production figures in kb/d from \(from) (import a JODI file with oilstat import FILE)")
    }

    /// The rows as a report table that names the source, the product, the unit and the base of the shares.
    public static func reportTable(_ result: Result) -> ReportTable {
        let selection = result.selection
        return ShareRow.reportTable(
            result.rows,
            title: "\(selection.product.name) production shares by month, \(selection.source.name)",
            notes: [
                "Source: \(selection.source.name) (\(result.sourceReason)); product: \(selection.product.name) "
                    + "(\(selection.product.code)); flow: production; unit: kb/d",
                "Share of the month's total of every country with a figure from this source (published totals "
                    + "such as OPEC or WORL not counted); MoM against the immediately preceding month only; "
                    + "`..` = no figure.",
            ])
    }
}
