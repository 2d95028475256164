import Foundation

/// Number-to-text conversions shared by every renderer and chart, independent of the locale.
enum NumberText {
    /// The most decimals a column may ask for; larger requests are clamped.
    static let maximumDecimals = 15

    /// `value` with exactly `decimals` digits after the point, e.g. `fixed(0.78125, decimals: 4)` is `0.7812`.
    ///
    /// Rounds half-to-even on the double's exact binary value (`printf`'s `%.*f`), never uses exponent
    /// notation and never returns negative zero: `-0.04` at one decimal is `0.0`, not `-0.0`.
    static func fixed(_ value: Double, decimals: Int) -> String {
        let places = Int32(min(max(decimals, 0), maximumDecimals))
        var text = String(format: "%.*f", places, value)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            text.removeFirst()
        }
        return text
    }

    /// `fixed(value, decimals:)` with a `,` between each group of three integer digits, e.g. `-1,234.5`.
    static func grouped(_ value: Double, decimals: Int) -> String {
        group(fixed(value, decimals: decimals))
    }

    /// Inserts `,` thousands separators into the integer part of a plain decimal numeral.
    static func group(_ numeral: String) -> String {
        var body = Substring(numeral)
        let sign = body.first == "-" ? "-" : ""
        if !sign.isEmpty { body = body.dropFirst() }
        let point = body.firstIndex(of: ".") ?? body.endIndex
        let integer = body[..<point]
        var result = sign
        for (offset, digit) in integer.enumerated() {
            if offset > 0 && (integer.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        result += body[point...]
        return result
    }

    /// A chart coordinate with one decimal, with a trailing `.0` dropped: `12.5`, `800`, `-3.2`.
    static func coordinate(_ value: Double) -> String {
        let text = fixed(value.isFinite ? value : 0, decimals: 1)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
