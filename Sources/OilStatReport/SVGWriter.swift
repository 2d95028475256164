import OilStatCore

/// Accumulates SVG markup line by line, escaping all text and printing coordinates with one decimal.
struct SVGWriter {
    /// The font stack every chart uses.
    static let fontFamily = "DejaVu Sans, Arial, sans-serif"

    private(set) var lines: [String] = []

    /// Starts the document: the `<svg>` root with size and font, an accessible `<title>` and a white background.
    init(width: Double, height: Double, title: String) {
        let w = NumberText.coordinate(width)
        let h = NumberText.coordinate(height)
        lines.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\" "
                + "role=\"img\" font-family=\"\(SVGWriter.fontFamily)\">"
        )
        lines.append("  <title>\(XMLText.escape(title))</title>")
        lines.append("  <rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#FFFFFF\"/>")
    }

    /// Adds a comment naming the part of the chart that follows, to help a reader of the file.
    mutating func comment(_ text: String) {
        lines.append("  <!-- \(text.replacingDoubleHyphens()) -->")
    }

    /// Adds a `<text>` element; a halo (a white outline under the glyphs) keeps it readable over lines.
    mutating func text(
        _ content: String, x: Double, y: Double, size: Double, anchor: String = "start",
        fill: String = ChartPalette.text,
        bold: Bool = false, rotate: Bool = false, halo: Bool = false
    ) {
        let cx = NumberText.coordinate(x)
        let cy = NumberText.coordinate(y)
        var attributes = "x=\"\(cx)\" y=\"\(cy)\" font-size=\"\(NumberText.coordinate(size))\""
        if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
        if bold { attributes += " font-weight=\"bold\"" }
        attributes += " fill=\"\(fill)\""
        if halo {
            attributes += " stroke=\"#FFFFFF\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\""
        }
        if rotate { attributes += " transform=\"rotate(-90 \(cx) \(cy))\"" }
        lines.append("  <text \(attributes)>\(XMLText.escape(content))</text>")
    }

    /// Adds a `<line>` element.
    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil
    ) {
        var attributes =
            "x1=\"\(NumberText.coordinate(x1))\" y1=\"\(NumberText.coordinate(y1))\" "
            + "x2=\"\(NumberText.coordinate(x2))\" y2=\"\(NumberText.coordinate(y2))\" "
            + "stroke=\"\(stroke)\" stroke-width=\"\(NumberText.coordinate(width))\""
        if let dash { attributes += " stroke-dasharray=\"\(dash)\"" }
        lines.append("  <line \(attributes)/>")
    }

    /// Adds a `<rect>` element.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String) {
        lines.append(
            "  <rect x=\"\(NumberText.coordinate(x))\" y=\"\(NumberText.coordinate(y))\" "
                + "width=\"\(NumberText.coordinate(width))\" height=\"\(NumberText.coordinate(height))\" "
                + "fill=\"\(fill)\"/>"
        )
    }

    /// Adds an unfilled `<path>` through `points`.
    mutating func polyline(_ points: [(x: Double, y: Double)], stroke: String, width: Double, dash: String? = nil) {
        let data = points.enumerated().map { index, point in
            (index == 0 ? "M" : "L") + NumberText.coordinate(point.x) + " " + NumberText.coordinate(point.y)
        }.joined(separator: " ")
        lines.append(
            "  <path d=\"\(data)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(NumberText.coordinate(width))\" "
                + "stroke-linejoin=\"round\" "
                + "stroke-linecap=\"round\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>"
        )
    }

    /// Adds a filled `<circle>`.
    mutating func circle(x: Double, y: Double, radius: Double, fill: String) {
        lines.append(
            "  <circle cx=\"\(NumberText.coordinate(x))\" cy=\"\(NumberText.coordinate(y))\" "
                + "r=\"\(NumberText.coordinate(radius))\" fill=\"\(fill)\"/>"
        )
    }

    /// The finished document, ending with a newline.
    func finish() -> String {
        (lines + ["</svg>"]).joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The string with `--` broken up, as XML comments may not contain it.
    fileprivate func replacingDoubleHyphens() -> String {
        var result = ""
        for character in self {
            if character == "-" && result.last == "-" { result.append(" ") }
            result.append(character)
        }
        return result.hasSuffix("-") ? result + " " : result
    }
}
