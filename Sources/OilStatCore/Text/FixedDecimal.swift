#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes doubles with exactly four decimals, rounded half-to-even on the double's exact value,
/// byte for byte what C `printf("%.4f")`, Python `%` and DuckDB `printf` print: the allocation-free path of
/// ``NumberText`` (which also drops the sign of a negative zero; this type keeps it, as `printf` does).
///
/// `0.78125` prints `0.7812`, `-0.15625` prints `-0.1562` and `2.00005` (really 2.0000499999…)
/// prints `2.0000`; the tempting `(x * 10000).rounded() / 10000` gets all three wrong. The fast path
/// splits `x * 10000` into its rounded product and the exact error (a fused multiply-add), so ties are
/// decided on the exact value; very large or non-finite values go through `vsnprintf`.
package enum FixedDecimal {
    /// Appends `value` with four decimals to `output`.
    @inlinable @inline(__always)
    package static func appendFourDecimals(_ value: Double, to output: inout [UInt8]) {
        let magnitude = value.magnitude
        guard magnitude < 1e11 else { return appendWithPrintf(value, to: &output) }
        let product = magnitude * 10000
        let error = (-product).addingProduct(magnitude, 10000) // exact: magnitude*10000 = product + error
        let floor = product.rounded(.down)
        let excess = (product - floor) - 0.5 + error
        var scaled = UInt64(floor)
        if excess > 0 || (excess == 0 && scaled & 1 == 1) { scaled += 1 }
        if value.sign == .minus { output.append(UInt8(ascii: "-")) }
        appendDigits(scaled / 10000, to: &output)
        let fraction = Int(scaled % 10000)
        output.append(UInt8(ascii: "."))
        output.append(UInt8(truncatingIfNeeded: 48 + fraction / 1000))
        output.append(UInt8(truncatingIfNeeded: 48 + fraction / 100 % 10))
        output.append(UInt8(truncatingIfNeeded: 48 + fraction / 10 % 10))
        output.append(UInt8(truncatingIfNeeded: 48 + fraction % 10))
    }

    /// `value` with four decimals, as a `String`.
    package static func string(_ value: Double) -> String {
        var bytes: [UInt8] = []
        appendFourDecimals(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @inlinable @inline(__always)
    static func appendDigits(_ number: UInt64, to output: inout [UInt8]) {
        if number < 10 {
            output.append(UInt8(truncatingIfNeeded: 48 + number))
            return
        }
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = number
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                buffer[19 - count] = UInt8(truncatingIfNeeded: 48 + rest % 10)
                rest /= 10
                count += 1
            }
            output.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// The reference path: C `vsnprintf` with `%.4f`.
    @usableFromInline
    static func appendWithPrintf(_ value: Double, to output: inout [UInt8]) {
        var buffer = [CChar](repeating: 0, count: 512)
        let length = buffer.withUnsafeMutableBufferPointer { pointer in
            withVaList([value]) { vsnprintf(pointer.baseAddress, pointer.count, "%.4f", $0) }
        }
        for index in 0..<Int(min(max(length, 0), 511)) { output.append(UInt8(bitPattern: buffer[index])) }
    }

    /// `value` formatted by C `vsnprintf("%.4f")`, for tests.
    package static func printfString(_ value: Double) -> String {
        var bytes: [UInt8] = []
        appendWithPrintf(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
