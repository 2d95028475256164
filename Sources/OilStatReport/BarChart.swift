import Foundation
import OilStatCore

/// A horizontal bar chart as a self-contained SVG document: one labelled bar per row, in the order given.
///
/// For example, conformity with production cuts, with a reference line at 100%:
///
/// ```swift
/// let chart = BarChart(
///     title: "Conformity with OPEC+ cuts, May 2019",
///     valueLabel: "Conformity (%)",
///     bars: [.init(label: "Saudi Arabia", value: 245), .init(label: "Iraq", value: -12)],
///     referenceLine: .init(value: 100, label: "Full conformity"),
///     source: "Source: secondary sources."
/// )
/// ```
///
/// Labels sit left of the bars (cut with `…` if long), each value is printed at the end of its bar, and the
/// value axis below has round ticks with thousands separators. Positive bars are blue and run right from the
/// zero axis; negative bars are vermillion and run left. A bar without a value shows `..` and no bar. Unless a
/// height is given, the chart grows with the number of bars. Coordinates have one decimal, so the output can be
/// compared as text.
public struct BarChart: Equatable, Sendable {
    /// One bar.
    public struct Bar: Equatable, Sendable {
        /// The category label, left of the bar.
        public var label: String
        /// The value; `nil` means no figure (shown as `..`, no bar).
        public var value: Double?

        /// A bar labelled `label`; a `nil` value shows `..` and no bar.
        public init(label: String, value: Double?) {
            self.label = label
            self.value = value
        }
    }

    /// A dashed vertical line marking a value such as 100% conformity, labelled above the plot.
    public struct ReferenceLine: Equatable, Sendable {
        /// Where the line is drawn, in the bars' unit.
        public var value: Double
        /// The text above the line, e.g. `Full conformity`.
        public var label: String

        /// A reference line at `value`, labelled `label`.
        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// The title at the top.
    public var title: String
    /// The value-axis label, including the unit, e.g. `Conformity (%)`; empty for none.
    public var valueLabel: String
    /// The bars, top to bottom, in the order given.
    public var bars: [Bar]
    /// Decimals of the value printed at each bar's end.
    public var decimals: Int
    /// An optional reference line.
    public var referenceLine: ReferenceLine?
    /// The source or footnote line at the bottom, wrapped if long; empty for none.
    public var source: String
    /// The width of the SVG, in pixels.
    public var width: Double
    /// The height of the SVG, in pixels; `nil` sizes it to the bars (28 pixels each).
    public var height: Double?

    /// A chart of `bars`, 800 pixels wide and as tall as the bars need by default.
    public init(
        title: String, valueLabel: String, bars: [Bar], decimals: Int = 0, referenceLine: ReferenceLine? = nil,
        source: String = "", width: Double = 800, height: Double? = nil
    ) {
        self.title = title
        self.valueLabel = valueLabel
        self.bars = bars
        self.decimals = decimals
        self.referenceLine = referenceLine
        self.source = source
        self.width = width
        self.height = height
    }

    // Layout constants, in pixels.
    private static let margin = 16.0
    private static let titleSize = 18.0
    private static let labelSize = 12.0
    private static let valueSize = 11.0
    private static let tickSize = 11.0
    private static let axisLabelSize = 12.0
    private static let footnoteSize = 11.0
    private static let footnoteLineHeight = 14.0
    private static let band = 28.0

    /// The chart as an SVG document (UTF-8 text, no XML declaration), ending with a newline.
    public func svg() -> String {
        let margin = BarChart.margin
        let plotTop = 46 + (referenceLine == nil ? 0 : 16.0)
        let footnoteLines =
            source.isEmpty
            ? [] : TextMetrics.wrap(source, fontSize: BarChart.footnoteSize, maxWidth: width - 2 * margin)
        // Everything below the bars: tick labels, the axis label, the footnote, the bottom margin.
        let tickBaselineOffset = 16.0
        let axisLabelOffset = valueLabel.isEmpty ? tickBaselineOffset : tickBaselineOffset + 18
        let footnoteOffset = axisLabelOffset + 20
        let below =
            footnoteLines.isEmpty
            ? axisLabelOffset + 12
            : footnoteOffset + Double(footnoteLines.count - 1) * BarChart.footnoteLineHeight + 12
        let slots = Double(max(bars.count, 1))
        let band = height.map { max(($0 - plotTop - below) / slots, 4) } ?? BarChart.band
        let plotBottom = plotTop + band * slots
        let totalHeight = height ?? plotBottom + below
        var svg = SVGWriter(width: width, height: totalHeight, title: title)

        svg.comment("title")
        let titleText = TextMetrics.truncate(title, fontSize: BarChart.titleSize, maxWidth: width - 2 * margin)
        svg.text(titleText, x: margin, y: 32, size: BarChart.titleSize, bold: true)

        // Horizontal layout: labels, then room for negative value labels, the plot, room for positive ones.
        let labelWidth = min(
            bars.map { TextMetrics.width($0.label, fontSize: BarChart.labelSize) }.max() ?? 0,
            width * 0.3
        )
        let valueTexts = bars.map { bar in
            bar.value.flatMap { $0.isFinite ? NumberText.grouped($0, decimals: decimals) : nil }
                ?? ReportValue.missingMark
        }
        let valueWidth = (valueTexts.map { TextMetrics.width($0, fontSize: BarChart.valueSize) }.max() ?? 0) + 6
        let values = bars.compactMap(\.value).filter(\.isFinite)
        let low = min(values.min() ?? 0, referenceLine?.value ?? 0, 0)
        let high = max(values.max() ?? 0, referenceLine?.value ?? 0, 0)
        let plotLeft = margin + labelWidth + 10 + (low < 0 ? valueWidth : 0)
        let plotRight = max(width - margin - valueWidth, plotLeft + 1)
        let scale = AxisScale(minimum: low, maximum: high == low ? low + 1 : high, tickCount: 6)
        let x = { (value: Double) in scale.position(value, from: plotLeft, to: plotRight) }

        // Vertical gridlines and tick labels, thinned out if they would collide.
        svg.comment("value axis")
        let ticks = scale.ticks
        let tickWidth = ticks.map { TextMetrics.width(scale.label($0), fontSize: BarChart.tickSize) }.max() ?? 0
        let tickSpacing = ticks.count > 1 ? x(ticks[1]) - x(ticks[0]) : plotRight - plotLeft
        let tickStep = max(1, Int(ceil((tickWidth + 8) / max(tickSpacing, 1))))
        for (index, tick) in ticks.enumerated() {
            let tx = x(tick)
            svg.line(x1: tx, y1: plotTop, x2: tx, y2: plotBottom, stroke: ChartPalette.grid)
            if index % tickStep == 0 {
                svg.text(
                    scale.label(tick), x: tx, y: plotBottom + tickBaselineOffset, size: BarChart.tickSize,
                    anchor: "middle", fill: ChartPalette.secondaryText)
            }
        }
        if !valueLabel.isEmpty {
            let label = TextMetrics.truncate(valueLabel, fontSize: BarChart.axisLabelSize, maxWidth: width - 2 * margin)
            svg.text(
                label, x: (plotLeft + plotRight) / 2, y: plotBottom + axisLabelOffset, size: BarChart.axisLabelSize,
                anchor: "middle")
        }

        // Bars and their labels, then the zero axis and the reference line over them, then the values on top.
        svg.comment("bars")
        let zero = x(0)
        let thickness = band * 0.65
        let middles = bars.indices.map { plotTop + (Double($0) + 0.5) * band }
        for (index, bar) in bars.enumerated() {
            let label = TextMetrics.truncate(bar.label, fontSize: BarChart.labelSize, maxWidth: labelWidth)
            svg.text(label, x: margin + labelWidth, y: middles[index] + 4, size: BarChart.labelSize, anchor: "end")
            if let value = bar.value, value.isFinite {
                let end = x(value)
                svg.rect(
                    x: min(zero, end), y: middles[index] - thickness / 2, width: abs(end - zero), height: thickness,
                    fill: value < 0 ? ChartPalette.negative : ChartPalette.positive)
            }
        }
        svg.line(x1: zero, y1: plotTop, x2: zero, y2: plotBottom, stroke: ChartPalette.axis)

        if let referenceLine, referenceLine.value.isFinite {
            svg.comment("reference line")
            let rx = x(referenceLine.value)
            svg.line(x1: rx, y1: plotTop - 4, x2: rx, y2: plotBottom, stroke: "#000000", width: 1.5, dash: "5 4")
            let text = TextMetrics.truncate(
                referenceLine.label, fontSize: BarChart.valueSize, maxWidth: width - 2 * margin)
            let textWidth = TextMetrics.width(text, fontSize: BarChart.valueSize)
            let left = min(max(rx - textWidth / 2, margin), width - margin - textWidth)
            svg.text(text, x: left, y: plotTop - 8, size: BarChart.valueSize)
        }

        svg.comment("values")
        for (index, bar) in bars.enumerated() {
            let y = middles[index] + 4
            if let value = bar.value, value.isFinite {
                let end = x(value)
                if value < 0 {
                    svg.text(valueTexts[index], x: end - 4, y: y, size: BarChart.valueSize, anchor: "end", halo: true)
                } else {
                    svg.text(valueTexts[index], x: end + 4, y: y, size: BarChart.valueSize, halo: true)
                }
            } else {
                svg.text(
                    valueTexts[index], x: zero + 4, y: y, size: BarChart.valueSize, fill: ChartPalette.secondaryText,
                    halo: true)
            }
        }

        if !footnoteLines.isEmpty {
            svg.comment("source")
            for (index, text) in footnoteLines.enumerated() {
                svg.text(
                    text, x: margin, y: plotBottom + footnoteOffset + Double(index) * BarChart.footnoteLineHeight,
                    size: BarChart.footnoteSize, fill: ChartPalette.secondaryText)
            }
        }
        return svg.finish()
    }
}
