/// The colours charts use: the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies.
public enum ChartPalette {
    /// Orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple, black.
    public static let okabeIto = [
        "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000",
    ]

    /// The colour of the `index`th series, cycling through ``okabeIto``.
    public static func colour(at index: Int) -> String {
        okabeIto[((index % okabeIto.count) + okabeIto.count) % okabeIto.count]
    }

    /// Bars with positive values (blue).
    static let positive = "#0072B2"
    /// Bars with negative values (vermillion).
    static let negative = "#D55E00"
    /// Axes and reference lines.
    static let axis = "#333333"
    /// Gridlines.
    static let grid = "#DDDDDD"
    /// Titles and value labels.
    static let text = "#222222"
    /// Secondary text: tick labels, footnotes.
    static let secondaryText = "#555555"
}
