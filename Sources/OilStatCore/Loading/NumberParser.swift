/// The number grammars of the text formats, one function for all, one ``Style`` per format.
///
/// Every style is `[+-]digits[.digits][(e|E)[+-]digits]` at heart (`.5` and `5.` too), with spaces and tabs
/// around it trimmed. Nothing else is a number: no hex (`0x10`, `0x1p10`), no `inf` or `nan`, no space, NUL
/// or other text inside or after it, no Unicode digits. A number too large for a `Double` (`1e309`) is not
/// a number either; whether a finite value is *plausible* is ``FigureBounds``'s business.
/// (JODI's `OBS_VALUE` has its own byte-level twin of ``Style/plain``: `DecimalBytes.double` in OilStatImport.)
public enum NumberParser {
    /// How a format writes its numbers.
    public enum Style: Sendable, Equatable {
        /// The plain grammar: EIA's values, the Energy Institute's comma-separated files.
        case plain
        /// Plain, with optional thousands groups of three: `10,633`, `1,234,567.5` (the long CSV, bundled data).
        /// Commas are never decimal commas here: `10,63` is not a number.
        case thousands
        /// A decimal comma instead of the point: `586,7122092` (the Energy Institute's `;`-separated files).
        case decimalComma
    }

    /// The value of `text` in the long CSV's grammar (``Style/thousands``), or nil when it is not a number.
    public static func parse(_ text: String) -> Double? { parse(text, style: .thousands) }

    /// The value of `text` in `style`, or nil when it is not a finite number of that grammar.
    public static func parse(_ text: some StringProtocol, style: Style) -> Double? {
        let bytes = Array(text.utf8)
        var first = 0
        var end = bytes.count
        while first < end, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
        while end > first, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        var scanner = Scanner(bytes: bytes, position: first, end: end)
        guard let canonical = scanner.number(style: style), let value = Double(canonical), value.isFinite else {
            return nil
        }
        return value
    }

    /// Reads one number and writes it in Swift's own spelling (`-1234.5e3`), or fails.
    private struct Scanner {
        let bytes: [UInt8]
        var position: Int
        let end: Int
        var canonical = ""

        private var current: UInt8? { position < end ? bytes[position] : nil }

        private static func isDigit(_ byte: UInt8?) -> Bool { byte.map { (48...57).contains($0) } ?? false }

        /// Copies a run of digits; returns how many.
        private mutating func digits() -> Int {
            let start = position
            while Self.isDigit(current) {
                canonical.unicodeScalars.append(Unicode.Scalar(bytes[position]))
                position += 1
            }
            return position - start
        }

        private mutating func skip(_ byte: UInt8) -> Bool {
            guard current == byte else { return false }
            position += 1
            return true
        }

        mutating func number(style: Style) -> String? {
            if skip(UInt8(ascii: "-")) { canonical = "-" } else { _ = skip(UInt8(ascii: "+")) }
            var mantissaDigits = digits()
            if style == .thousands && current == UInt8(ascii: ",") {
                guard (1...3).contains(mantissaDigits) else { return nil }
                while skip(UInt8(ascii: ",")) {
                    guard digits() == 3 else { return nil }
                    mantissaDigits += 3
                }
            }
            let decimalMark = UInt8(ascii: style == .decimalComma ? "," : ".")
            if skip(decimalMark) {
                canonical += "."
                mantissaDigits += digits()
            }
            guard mantissaDigits > 0 else { return nil }
            if skip(UInt8(ascii: "e")) || skip(UInt8(ascii: "E")) {
                canonical += "e"
                if skip(UInt8(ascii: "-")) { canonical += "-" } else { _ = skip(UInt8(ascii: "+")) }
                guard digits() > 0 else { return nil }
            }
            return position == end ? canonical : nil
        }
    }
}
