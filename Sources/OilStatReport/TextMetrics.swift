/// Rough text measurement for laying out charts without a font engine.
///
/// A character is taken to be 0.6 × the font size wide, which slightly overestimates DejaVu Sans and Arial for
/// digits and lower case, so estimated boxes err on the side of not overlapping.
enum TextMetrics {
    /// The width factor per character, relative to the font size.
    static let characterWidth = 0.6

    /// The estimated width of `text` at `fontSize`.
    static func width(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * characterWidth * fontSize
    }

    /// `text`, cut and ended with `…` if needed so that its estimated width fits `maxWidth`.
    static func truncate(_ text: String, fontSize: Double, maxWidth: Double) -> String {
        guard width(text, fontSize: fontSize) > maxWidth else { return text }
        guard maxWidth.isFinite, fontSize > 0 else { return "" }
        let fits = Int(maxWidth / (characterWidth * fontSize))
        guard fits > 1 else { return fits == 1 ? "…" : "" }
        var cut = String(text.prefix(fits - 1))
        while cut.last == " " { cut.removeLast() }
        return cut + "…"
    }

    /// `text` broken into lines at spaces so that each fits `maxWidth`; a word too long for a line is truncated.
    static func wrap(_ text: String, fontSize: Double, maxWidth: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if width(candidate, fontSize: fontSize) <= maxWidth || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map { truncate($0, fontSize: fontSize, maxWidth: maxWidth) }
    }
}
