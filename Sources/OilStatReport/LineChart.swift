import Foundation

/// A line chart as a self-contained SVG document: one line per series over evenly spaced x labels.
///
/// For example, monthly crude output of three producers:
///
/// ```swift
/// let chart = LineChart(
///     title: "Crude oil production",
///     yAxisLabel: "Production (kb/d)",
///     xLabels: ["2018-10", "2018-11", "2018-12"],
///     series: [.init(name: "Saudi Arabia", values: [10_650, 11_100, nil])],
///     source: "Source: OPEC MOMR, secondary sources."
/// )
/// try chart.svg().write(toFile: "production.svg", atomically: true, encoding: .utf8)
/// ```
///
/// The layout, top to bottom: the title, the legend (wrapped into rows, never over the plot), the plot with
/// round y ticks, gridlines and thousands separators, the x labels, and the source wrapped at the bottom.
/// X labels are thinned out to every 2nd, 3rd, 4th, 6th, 12th… label when they would collide. A `nil`
/// value breaks its line; a value alone between gaps is drawn as a dot. Series take the Okabe–Ito colours in
/// order; from the ninth on, the colours repeat with dashed lines. The output depends only on the inputs (coordinates
/// have one decimal), so it can be compared as text.
public struct LineChart: Equatable, Sendable {
    /// One line of the chart.
    public struct Series: Equatable, Sendable {
        /// The name shown in the legend.
        public var name: String
        /// One value per x label; `nil` means no figure and breaks the line.
        public var values: [Double?]

        /// A series named `name` with one value per x label.
        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    /// The title at the top.
    public var title: String
    /// The y-axis label, including the unit, e.g. `Production (kb/d)`; empty for none.
    public var yAxisLabel: String
    /// The x labels, left to right, evenly spaced, e.g. months `2018-10`; they define the number of points.
    public var xLabels: [String]
    /// The lines; values past the last x label are ignored, missing ones count as `nil`.
    public var series: [Series]
    /// The source or footnote line at the bottom, wrapped if long; empty for none.
    public var source: String
    /// The width of the SVG, in pixels.
    public var width: Double
    /// The height of the SVG, in pixels.
    public var height: Double
    /// Whether the y axis always reaches zero (by default it covers only the data).
    public var includesZero: Bool

    /// A chart of `series` over `xLabels`, 800 × 450 pixels by default, with the y axis fitted to the data.
    public init(
        title: String, yAxisLabel: String, xLabels: [String], series: [Series], source: String = "",
        width: Double = 800, height: Double = 450, includesZero: Bool = false
    ) {
        self.title = title
        self.yAxisLabel = yAxisLabel
        self.xLabels = xLabels
        self.series = series
        self.source = source
        self.width = width
        self.height = height
        self.includesZero = includesZero
    }

    // Layout constants, in pixels.
    private static let margin = 16.0
    private static let titleSize = 18.0
    private static let legendSize = 12.0
    private static let legendRowHeight = 20.0
    private static let tickSize = 11.0
    private static let axisLabelSize = 12.0
    private static let footnoteSize = 11.0
    private static let footnoteLineHeight = 14.0
    /// Label steps that suit months: every 2nd, 3rd, 4th, 6th, 12th… label.
    private static let labelSteps = [1, 2, 3, 4, 6, 12, 24, 36, 48, 60, 120, 240, 360, 480, 600, 1200]

    /// The chart as an SVG document (UTF-8 text, no XML declaration), ending with a newline.
    public func svg() -> String {
        let margin = LineChart.margin
        var svg = SVGWriter(width: width, height: height, title: title)
        let pointCount = xLabels.isEmpty ? series.map(\.values.count).max() ?? 0 : xLabels.count
        let labels = (0..<pointCount).map { $0 < xLabels.count ? xLabels[$0] : "" }

        // Title.
        svg.comment("title")
        let titleText = TextMetrics.truncate(title, fontSize: LineChart.titleSize, maxWidth: width - 2 * margin)
        svg.text(titleText, x: margin, y: 32, size: LineChart.titleSize, bold: true)

        // Legend, in rows under the title.
        var legendBottom = 44.0
        if !series.isEmpty {
            svg.comment("legend")
            legendBottom = drawLegend(into: &svg, top: 44)
        }

        // Footnote, wrapped, at the bottom.
        let footnoteLines =
            source.isEmpty
            ? [] : TextMetrics.wrap(source, fontSize: LineChart.footnoteSize, maxWidth: width - 2 * margin)
        let lastBaseline = height - 12
        let firstBaseline = lastBaseline - Double(max(footnoteLines.count - 1, 0)) * LineChart.footnoteLineHeight
        let footnoteTop = footnoteLines.isEmpty ? height - 4 : firstBaseline - LineChart.footnoteSize

        // Y scale and the plot box.
        let values = series.flatMap { $0.values.prefix(pointCount).compactMap { $0 } }.filter(\.isFinite)
        var low = values.min() ?? 0
        var high = values.max() ?? 1
        if includesZero {
            low = min(low, 0)
            high = max(high, 0)
        }
        let scale = AxisScale(minimum: low, maximum: high, tickCount: 5)
        let ticks = scale.ticks
        let tickWidth = ticks.map { TextMetrics.width(scale.label($0), fontSize: LineChart.tickSize) }.max() ?? 0
        let axisLabelSpace = yAxisLabel.isEmpty ? 0 : LineChart.axisLabelSize + 8
        let plotLeft = margin + axisLabelSpace + tickWidth + 8
        let labelWidths = labels.map { TextMetrics.width($0, fontSize: LineChart.tickSize) }
        let plotRight = width - max(margin, (labelWidths.max() ?? 0) / 2 + 4)
        let plotTop = legendBottom + 14
        let plotBottom = footnoteTop - 30
        let y = { (value: Double) in scale.position(value, from: plotBottom, to: plotTop) }

        // Gridlines and y tick labels.
        svg.comment("y axis")
        for tick in ticks {
            let ty = y(tick)
            svg.line(
                x1: plotLeft, y1: ty, x2: plotRight, y2: ty,
                stroke: tick == ticks.first ? ChartPalette.axis : ChartPalette.grid)
            svg.text(
                scale.label(tick), x: plotLeft - 8, y: ty + 4, size: LineChart.tickSize, anchor: "end",
                fill: ChartPalette.secondaryText)
        }
        if !yAxisLabel.isEmpty {
            let label = TextMetrics.truncate(
                yAxisLabel, fontSize: LineChart.axisLabelSize, maxWidth: plotBottom - plotTop)
            svg.text(
                label, x: margin + LineChart.axisLabelSize - 2, y: (plotTop + plotBottom) / 2,
                size: LineChart.axisLabelSize,
                anchor: "middle", fill: ChartPalette.text, rotate: true)
        }

        // X labels, thinned out so they do not collide.
        let plotWidth = plotRight - plotLeft
        let x = { (index: Int) in
            pointCount > 1 ? plotLeft + Double(index) * plotWidth / Double(pointCount - 1) : (plotLeft + plotRight) / 2
        }
        let spacing = pointCount > 1 ? plotWidth / Double(pointCount - 1) : plotWidth
        let needed = max(1, Int(ceil(((labelWidths.max() ?? 0) + 10) / max(spacing, 1))))
        let step = LineChart.labelSteps.first { $0 >= needed } ?? needed
        svg.comment("x axis")
        for index in stride(from: 0, to: pointCount, by: step) {
            let tx = x(index)
            svg.line(x1: tx, y1: plotBottom, x2: tx, y2: plotBottom + 4, stroke: ChartPalette.axis)
            let label = TextMetrics.truncate(labels[index], fontSize: LineChart.tickSize, maxWidth: width - 2 * margin)
            svg.text(
                label, x: tx, y: plotBottom + 18, size: LineChart.tickSize, anchor: "middle",
                fill: ChartPalette.secondaryText)
        }

        // Lines, broken at nil values.
        for (seriesIndex, line) in series.enumerated() {
            svg.comment("series \(seriesIndex + 1)")
            let colour = ChartPalette.colour(at: seriesIndex)
            let dash = LineChart.dash(at: seriesIndex)
            var run: [(x: Double, y: Double)] = []
            func flush() {
                if run.count == 1 {
                    svg.circle(x: run[0].x, y: run[0].y, radius: 2.5, fill: colour)
                } else if run.count > 1 {
                    svg.polyline(run, stroke: colour, width: 2, dash: dash)
                }
                run = []
            }
            for index in 0..<pointCount {
                if index < line.values.count, let value = line.values[index], value.isFinite {
                    run.append((x(index), y(value)))
                } else {
                    flush()
                }
            }
            flush()
        }

        if !footnoteLines.isEmpty {
            svg.comment("source")
            for (index, text) in footnoteLines.enumerated() {
                svg.text(
                    text, x: margin, y: firstBaseline + Double(index) * LineChart.footnoteLineHeight,
                    size: LineChart.footnoteSize, fill: ChartPalette.secondaryText)
            }
        }
        return svg.finish()
    }

    /// The dash pattern of the `index`th series: solid for the first eight, dashed once the colours repeat.
    private static func dash(at index: Int) -> String? {
        index < ChartPalette.okabeIto.count ? nil : "6 3"
    }

    /// Draws the legend in rows starting at `top` and returns the y just below it.
    private func drawLegend(into svg: inout SVGWriter, top: Double) -> Double {
        let margin = LineChart.margin
        let available = width - 2 * margin
        var x = margin
        var rowTop = top
        for (index, line) in series.enumerated() {
            let name = TextMetrics.truncate(line.name, fontSize: LineChart.legendSize, maxWidth: available - 26)
            let itemWidth = 26 + TextMetrics.width(name, fontSize: LineChart.legendSize)
            if x > margin && x + itemWidth > margin + available {
                x = margin
                rowTop += LineChart.legendRowHeight
            }
            let colour = ChartPalette.colour(at: index)
            svg.line(
                x1: x, y1: rowTop + 10, x2: x + 20, y2: rowTop + 10, stroke: colour, width: 3,
                dash: LineChart.dash(at: index))
            svg.text(name, x: x + 26, y: rowTop + 14, size: LineChart.legendSize)
            x += itemWidth + 18
        }
        return rowTop + LineChart.legendRowHeight
    }
}
