import OilStatCore
import OilStatReport

/// The monthly market report: headline totals, shares, changes against the previous month and a year earlier,
/// conformity with the agreements in force, charts, and the sources of every figure, all from one source.
///
/// ```swift
/// let report = try MonthlyReport.compute(month: nil, sourceName: nil, productCode: nil, database: database)
/// let document = report.document(fileStem: "report-\(report.month)")
/// let html = document.report.html()          // one self-contained page
/// let markdown = document.report.markdown()  // the same, with charts as separate SVG files
/// ```
public struct MonthlyReport: Sendable {
    /// A figure's note (where the number comes from), grouped by identical text.
    public struct FigureNote: Sendable, Equatable {
        public var month: Month
        public var producers: [String]
        public var note: String
    }

    /// A total the source itself publishes (a stored aggregate such as `OPEC`), in the report month.
    public struct PublishedTotal: Sendable, Equatable {
        public var producer: Producer
        public var kbd: Double
    }

    /// A chart of the report: its file name (beside the Markdown file) and the chart.
    public struct ChartFile: Sendable, Equatable {
        public var fileName: String
        public var chart: ReportChart
    }

    public var month: Month
    /// Why this month, when it was chosen by default.
    public var choice: ReportMonthChoice?
    public var selection: SeriesSelection
    /// Shares of every country of the source.
    public var share: MarketShare
    /// OPEC's part, as of the month, when OPEC members have figures.
    public var opec: MarketShare?
    /// Non-OPEC countries with figures, when there are any.
    public var nonOPEC: MarketShare?
    public var previousMonth: MonthComparison
    public var yearEarlier: MonthComparison
    /// The largest producers over the 24 months to the report month.
    public var history: ProductionHistory
    public var publishedTotals: [PublishedTotal]
    /// Conformity with each agreement in force in the month that has quotas.
    public var conformity: [AgreementConformitySection]
    public var figureNotes: [FigureNote]
    /// The agreements cited (those in force in the month).
    public var agreements: [Agreement]
    /// Every month with figures from the source (product, kb/d), ascending.
    public var sourceMonths: [Month]

    /// How many producers the production chart follows.
    public static let historyProducers = 5
    /// How many months the production chart covers.
    public static let historyMonths = 24
    /// How many bars the share chart shows before folding the rest into "Others".
    public static let shareBars = 15

    /// Computes the report for `month` (nil: ``ReportMonthChoice``) from `sourceName` (nil: the source with the
    /// most countries in the month).
    public static func compute(month: Month?, sourceName: String?, productCode: String?, database: OilStatDatabase)
        throws -> MonthlyReport
    {
        let choice = month == nil ? try ReportMonthChoice.choose(in: database, sourceName: sourceName) : nil
        let month = month ?? choice!.month
        let selection = try SeriesSelection.resolve(
            in: database, months: [month], sourceName: sourceName, productCode: productCode)
        let base = try ShareBase.automatic(months: [month], selection: selection, database: database)
        let share = try MarketShare.compute(
            month: month, scope: .world, selection: selection, base: base, database: database)
        if share.entries.isEmpty {
            let nearby = try SeriesSelection.nearestMonthsWithData(
                in: database, around: month, sources: [selection.source])
            throw OilStatError(
                message: "no production figures for countries in \(month) from \(selection.source.name)"
                    + (nearby.isEmpty ? "" : "; nearest months with data: \(nearby)"))
        }
        var opec: MarketShare?
        var nonOPEC: MarketShare?
        if let group = try database.group(id: "opec"),
            !(try ProducerScope.groupMembers("opec", in: month, database: database)).isEmpty
        {
            let opecShare = try MarketShare.compute(
                month: month, scope: .group(group), selection: selection, base: .listed, database: database)
            if !opecShare.entries.isEmpty { opec = opecShare }
            let others = try MarketShare.compute(
                month: month, scope: .nonOPEC, selection: selection, base: .listed, database: database)
            if !others.entries.isEmpty { nonOPEC = others }
        }
        let previousMonth = try MonthComparison.compute(
            month.previous, month, scope: .world, selection: selection, base: .listed, database: database)
        let yearEarlier = try MonthComparison.compute(
            month.yearAgo, month, scope: .world, selection: selection, base: .listed, database: database)
        let top = share.entries.prefix(historyProducers).map(\.producer)
        let history = try ProductionHistory.compute(
            producers: Array(top), from: month.adding(1 - historyMonths), to: month,
            sourceName: selection.source.name, productCode: selection.product.code, database: database)
        let publishedTotals = try publishedTotals(month: month, selection: selection, database: database)
        let agreements = try AgreementResolver(database: database).agreements().filter {
            $0.fromMonth <= month.description && month.description <= $0.toMonth
        }
        let conformity = try AgreementConformitySection.compute(
            agreements: agreements, month: month, selection: selection, database: database)
        let figureNotes = try notes(
            months: [month.yearAgo, month.previous, month], selection: selection, database: database)
        let sourceMonths = try database.months(source: selection.source.id, product: selection.product.id)
        return MonthlyReport(
            month: month, choice: choice, selection: selection, share: share, opec: opec, nonOPEC: nonOPEC,
            previousMonth: previousMonth, yearEarlier: yearEarlier, history: history, publishedTotals: publishedTotals,
            conformity: conformity, figureNotes: figureNotes, agreements: agreements, sourceMonths: sourceMonths)
    }

    /// The source's own totals (aggregates) in the month.
    static func publishedTotals(month: Month, selection: SeriesSelection, database: OilStatDatabase) throws
        -> [PublishedTotal]
    {
        let values = try database.values(
            month: month, source: selection.source.id, product: selection.product.id,
            flow: selection.flow, unit: selection.unit)
        let producers = try database.producers(ids: values.keys)
        return values.compactMap { id, kbd in
            guard let producer = producers[id], !producer.isCountry else { return nil }
            return PublishedTotal(producer: producer, kbd: kbd)
        }.sorted { $0.producer.code < $1.producer.code }
    }

    /// A note without a leading restatement of the value in its published unit ("3.040 mb/d; Reuters survey…" →
    /// "Reuters survey…"), so notes that differ only by the value group together.
    static func plainNote(_ text: String) -> String {
        let note = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let separator = note.range(of: "; ") else { return note }
        let head = note[..<separator.lowerBound]
        let units = ["mb/d", "kb/d", "tb/d", "b/d", "bpd", "kbbl"]
        let parts = head.split(separator: " ")
        guard parts.count == 2, units.contains(String(parts[1])),
            parts[0].allSatisfy({ $0.isNumber || $0 == "." || $0 == "," })
        else { return note }
        return String(note[separator.upperBound...])
    }

    /// The notes of every figure the report uses, grouped by month and identical text.
    static func notes(months: [Month], selection: SeriesSelection, database: OilStatDatabase) throws -> [FigureNote] {
        var result: [FigureNote] = []
        for month in months {
            let values = try database.values(
                month: month, source: selection.source.id, product: selection.product.id,
                flow: selection.flow, unit: selection.unit)
            let producers = try database.producers(ids: values.keys)
            let keys = values.keys.map {
                FigureKey(
                    source: selection.source.id, producer: $0, month: month, product: selection.product.id,
                    flow: selection.flow, unit: selection.unit)
            }
            var byNote: [String: [Producer]] = [:]
            for figure in try database.figures(keys: keys) {
                let note = plainNote(figure.note ?? "")
                guard !note.isEmpty, let producer = producers[figure.key.producer] else { continue }
                byNote[note, default: []].append(producer)
            }
            // Countries before aggregates, by name; groups with more producers first.
            func rank(_ producer: Producer) -> String { (producer.isCountry ? "0" : "1") + producer.name }
            var groups: [FigureNote] = []
            for (note, list) in byNote {
                let sorted = list.sorted { rank($0) < rank($1) }
                groups.append(FigureNote(month: month, producers: sorted.map { $0.name }, note: note))
            }
            let firstRank = Dictionary(
                uniqueKeysWithValues: byNote.map { note, list in (note, list.map(rank).min() ?? "") })
            groups.sort { a, b in
                let ra = firstRank[a.note]!
                let rb = firstRank[b.note]!
                if ra.first != rb.first { return ra < rb }
                if a.producers.count != b.producers.count { return a.producers.count > b.producers.count }
                return ra < rb
            }
            result += groups
        }
        return result
    }
}
