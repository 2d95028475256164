/// Escaping of text for XML, SVG and HTML, in element content and in quoted attribute values.
public enum XMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, and characters XML 1.0 forbids dropped.
    ///
    /// Forbidden are the control characters other than tab, LF and CR, and U+FFFE and U+FFFF; a parser would
    /// reject the whole document for one of them.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                continue
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
