import Foundation

/// The one number formatter of every output: tables, CSV, TSV, JSON, Markdown, HTML, charts, report notes and
/// messages, whatever the locale.
///
/// - ``fixed(_:decimals:)`` writes exactly the asked decimals, rounded half-to-even on the double's exact binary
///   value (as C `printf("%.*f")`, Python's `%` and DuckDB's `printf` do), with `.` as the decimal point, never
///   in exponent notation and never as negative zero: `-0.04` at one decimal is `0.0`, not `-0.0`.
/// - ``grouped(_:decimals:)`` is the same text with `,` between groups of three integer digits (``group(_:)`` is
///   the one grouping function).
/// - ``appendFixed(_:decimals:to:)`` writes the same bytes into a buffer; four decimals (the share task's CSV)
///   take an allocation-free path, ``FixedDecimal``.
///
/// ```swift
/// NumberText.fixed(0.78125, decimals: 4)        // "0.7812"
/// NumberText.grouped(-1234567.891, decimals: 2) // "-1,234,567.89"
/// NumberText.grouped(-0.4, decimals: 0)         // "0"
/// ```
package enum NumberText {
    /// The most decimals a column may ask for; larger requests are clamped.
    package static let maximumDecimals = 15

    /// `value` with exactly `decimals` digits after the point (clamped to 0...15), e.g.
    /// `fixed(0.78125, decimals: 4)` is `0.7812`; `nan`, `inf` or `-inf` when `value` is not finite.
    package static func fixed(_ value: Double, decimals: Int) -> String {
        var bytes: [UInt8] = []
        appendFixed(value, decimals: decimals, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `fixed(value, decimals:)` to `bytes`.
    @inlinable
    package static func appendFixed(_ value: Double, decimals: Int, to bytes: inout [UInt8]) {
        let start = bytes.count
        if decimals == 4 {
            FixedDecimal.appendFourDecimals(value, to: &bytes)
        } else {
            appendWithPrintf(value, decimals: decimals, to: &bytes)
        }
        if value.sign == .minus { dropNegativeZeroSign(from: start, in: &bytes) }
    }

    /// `printf("%.*f")`, the reference every path agrees with.
    @usableFromInline
    static func appendWithPrintf(_ value: Double, decimals: Int, to bytes: inout [UInt8]) {
        let places = Int32(min(max(decimals, 0), maximumDecimals))
        bytes.append(contentsOf: String(format: "%.*f", places, value).utf8)
    }

    /// Removes the `-` of a number written from `start` that rounded to zero (`-0.0000` becomes `0.0000`).
    @usableFromInline
    static func dropNegativeZeroSign(from start: Int, in bytes: inout [UInt8]) {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "-"),
            bytes[(start + 1)...].allSatisfy({ $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: ".") })
        else { return }
        bytes.remove(at: start)
    }

    /// `fixed(value, decimals:)` with a `,` between each group of three integer digits, e.g. `-1,234.5`.
    package static func grouped(_ value: Double, decimals: Int = 0) -> String {
        group(fixed(value, decimals: decimals))
    }

    /// `value` with a `,` between each group of three digits, e.g. `5,353,620`.
    package static func grouped(_ value: Int) -> String {
        group(String(value))
    }

    /// Inserts `,` thousands separators into the integer part of a plain decimal numeral (`-1234.5` → `-1,234.5`).
    package static func group(_ numeral: String) -> String {
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
    package static func coordinate(_ value: Double) -> String {
        let text = fixed(value.isFinite ? value : 0, decimals: 1)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
