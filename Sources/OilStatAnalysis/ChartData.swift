import OilStatCore
import OilStatReport

/// Charts built from analysis results: the inputs of `LineChart` and `BarChart`, with titles, units and a
/// source line that names the one source every chart reads.
public enum ChartData {
    /// A line per producer of its monthly production; months without a figure break the line.
    ///
    /// The legend names each producer (and says so when the source has no figure for it in the period); the
    /// source line states the source, product and unit, why that source was chosen, and which other sources
    /// have figures for the producers.
    public static func productionChart(_ history: ProductionHistory, width: Double = 800, height: Double = 450)
        -> LineChart
    {
        let first = history.months.first?.description ?? ""
        let last = history.months.last?.description ?? ""
        let without = Set(history.producersWithoutFigures.map(\.id))
        let series = zip(history.producers, history.values).map { producer, values in
            LineChart.Series(
                name: "\(producer.name) (\(producer.code))\(without.contains(producer.id) ? ": no figures" : "")",
                values: values)
        }
        return LineChart(
            title: "\(history.selection.product.name) production, \(first) to \(last)", yAxisLabel: "kb/d",
            xLabels: history.months.map(\.description), series: series, source: productionSourceLine(history),
            width: width, height: height)
    }

    /// The source line under a production chart.
    static func productionSourceLine(_ history: ProductionHistory) -> String {
        let selection = history.selection
        var parts = ["Source: \(selection.source.name); \(selection.product.name) (\(selection.product.code)), kb/d."]
        if selection.sourceWasDefaulted {
            parts.append(
                "Chosen as the source with the most figures for these producers in the period "
                    + "(\(history.figureCount)); one source per chart, choose another with --source."
            )
        }
        let without = history.producersWithoutFigures
        if !without.isEmpty {
            parts.append(
                "No figures from this source for \(without.map { "\($0.name) (\($0.code))" }.joined(separator: ", ")) "
                    + "in the period."
            )
        }
        parts.append("Gaps are months without a figure (never zero).")
        if !history.alternatives.isEmpty {
            let repeated = Set(
                Dictionary(grouping: history.alternatives, by: \.source).filter { $0.value.count > 1 }.keys)
            let list = history.alternatives.prefix(4).map { alternative in
                let product =
                    repeated.contains(alternative.source) || alternative.source == selection.source.name
                    ? " \(alternative.product)" : ""
                return
                    "\(alternative.source)\(product) (\(alternative.figures) "
                    + "figure\(alternative.figures == 1 ? "" : "s"))"
            }
            let more = history.alternatives.count - list.count
            parts.append("Also with figures: \(list.joined(separator: ", "))\(more > 0 ? " and \(more) more" : "").")
        }
        return parts.joined(separator: " ")
    }

    /// Bars of each producer's share of the stated base (``MarketShare/base``), largest first; producers without a
    /// share (no base figure) get no bar and the source line says why.
    ///
    /// - Parameters:
    ///   - share: the shares to draw.
    ///   - top: show the `top` largest and fold the rest into one "Others" bar.
    ///   - width: the chart's width in SVG units.
    public static func shareChart(_ share: MarketShare, top: Int? = nil, width: Double = 800) -> BarChart {
        var bars = share.entries.prefix(top ?? share.entries.count).compactMap { entry in
            entry.sharePercent.map { BarChart.Bar(label: "\(entry.producer.name) (\(entry.producer.code))", value: $0) }
        }
        if let top, share.entries.count > top,
            let rest = MarketShare.percent(share.entries.dropFirst(top).reduce(0) { $0 + $1.kbd }, of: share.baseKBD)
        {
            bars.append(BarChart.Bar(label: "Others (\(share.entries.count - top))", value: rest))
        }
        let count = share.entries.count
        var source =
            "Source: \(share.selection.source.name); \(share.selection.product.name), kb/d. "
            + "\(share.scope.name): \(count) producer\(count == 1 ? "" : "s") with figures. "
            + share.baseNote
        if !share.missing.isEmpty {
            source += " No figure (not counted): \(share.missing.map(\.name).joined(separator: ", "))."
        }
        return BarChart(
            title: "Shares of \(share.baseDescription), \(share.month)",
            valueLabel: "Share of \(share.baseDescription) (%)", bars: bars, decimals: 1, source: source, width: width)
    }

    /// Bars of each producer's change in kb/d between the two months of a comparison, largest rise first;
    /// producers without a figure in one of the months are left out and named in the source line.
    public static func changeChart(_ comparison: MonthComparison, width: Double = 800) -> BarChart {
        let matched = comparison.entries.filter { $0.change != nil }
            .sorted { ($0.change!, $1.producer.code) > ($1.change!, $0.producer.code) }
        let bars = matched.map { BarChart.Bar(label: "\($0.producer.name) (\($0.producer.code))", value: $0.change) }
        let unmatched = comparison.entries.filter { $0.change == nil }
        var source = "Source: \(comparison.selection.source.name); \(comparison.selection.product.name), kb/d."
        if !unmatched.isEmpty {
            source +=
                " Not shown (no figure in one of the months): "
                + "\(unmatched.map(\.producer.name).joined(separator: ", "))."
        }
        return BarChart(
            title: "Change in production, \(comparison.first) to \(comparison.second)", valueLabel: "Change (kb/d)",
            bars: bars, decimals: 0, source: source, width: width)
    }
}
