import Foundation

/// Number formatting for report notes (tables format their own cells).
enum ReportNumber {
    /// `x` with `decimals` decimals, rounded half-to-even on the double's exact value.
    static func fixed(_ x: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", x) }

    /// `x` rounded to an integer with thousands separators, e.g. `33,500`.
    static func grouped(_ x: Double) -> String {
        let text = String(format: "%.0f", x)
        let negative = text.hasPrefix("-")
        let digits = Array(negative ? text.dropFirst() : text[...])
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (negative ? "-" : "") + out
    }
}
