import OilStatCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Parses decimal numbers and integers straight from bytes, correctly rounded like `strtod`.
///
/// The fast path covers what statistical files hold (up to 19 significant digits, up to 22
/// decimals, no exponent): the digits are read as an integer `m` and the value is `m / 10^k`, which
/// is exact-then-rounded once when `m < 2^53`, the same double `strtod` gives. Anything else
/// (exponents, long mantissas) goes through `strtod` on a copy.
package enum DecimalBytes {
    /// Exact powers of ten representable as doubles.
    @usableFromInline
    static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// The value of `span`, or nil when it is not a finite decimal number
    /// (`[+-]digits[.digits][(e|E)[+-]digits]`, at least one digit).
    @inline(__always)
    package static func double(_ span: ByteSpan) -> Double? {
        let p = span.start
        let n = span.count
        var i = 0
        var negative = false
        if n > 0 && (p[0] == UInt8(ascii: "-") || p[0] == UInt8(ascii: "+")) {
            negative = p[0] == UInt8(ascii: "-")
            i = 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var significant = 0
        while i < n {
            let d = p[i] &- 48
            if d > 9 { break }
            mantissa = mantissa &* 10 &+ UInt64(d)
            if mantissa != 0 { significant += 1 }
            digits += 1
            i += 1
        }
        var decimals = 0
        if i < n && p[i] == UInt8(ascii: ".") {
            i += 1
            while i < n {
                let d = p[i] &- 48
                if d > 9 { break }
                mantissa = mantissa &* 10 &+ UInt64(d)
                if mantissa != 0 { significant += 1 }
                digits += 1
                decimals += 1
                i += 1
            }
        }
        if digits == 0 { return nil }
        if i == n && significant <= 19 && mantissa <= 1 << 53 && decimals <= 22 {
            let value = decimals == 0 ? Double(mantissa) : Double(mantissa) / powersOfTen[decimals]
            return negative ? -value : value
        }
        // Exponent or long mantissa: validate the rest of the syntax, then let strtod round.
        if i < n {
            guard p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") else { return nil }
            i += 1
            if i < n && (p[i] == UInt8(ascii: "-") || p[i] == UInt8(ascii: "+")) { i += 1 }
            let exponentStart = i
            while i < n, p[i] &- 48 <= 9 { i += 1 }
            guard i == n, i > exponentStart else { return nil }
        }
        return slowDouble(span)
    }

    /// `strtod` on a NUL-terminated copy.
    @usableFromInline
    static func slowDouble(_ span: ByteSpan) -> Double? {
        var copy = [CChar](repeating: 0, count: span.count + 1)
        for index in 0..<span.count { copy[index] = CChar(bitPattern: span.start[index]) }
        let value = copy.withUnsafeBufferPointer { strtod($0.baseAddress!, nil) }
        return value.isFinite ? value : nil
    }

    /// The value of `span` as a non-negative or negative integer without decimals, or nil.
    @inline(__always)
    package static func integer(_ span: ByteSpan) -> Int? {
        let p = span.start
        let n = span.count
        guard n > 0, n <= 18 else { return nil }
        var i = 0
        var negative = false
        if p[0] == UInt8(ascii: "-") || p[0] == UInt8(ascii: "+") {
            negative = p[0] == UInt8(ascii: "-")
            i = 1
            guard n > 1 else { return nil }
        }
        var value = 0
        while i < n {
            let d = p[i] &- 48
            if d > 9 { return nil }
            value = value * 10 + Int(d)
            i += 1
        }
        return negative ? -value : value
    }

    /// The month index (`Month.index`) of `YYYY-MM` (or `YYYYMM`) bytes, or nil: the
    /// grammar and the range (1900-01...2200-12) are `Month`'s.
    @inline(__always)
    package static func monthIndex(_ span: ByteSpan, formats: Month.Format = [.dashed, .compact]) -> Int? {
        Month.index(ascii: UnsafeBufferPointer(start: span.start, count: span.count), formats: formats)
    }
}
