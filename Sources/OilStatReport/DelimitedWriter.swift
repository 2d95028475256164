import OilStatCore

/// Writes delimited text (CSV or TSV) field by field into a byte buffer: the one encoder behind ``CSVRenderer``,
/// ``TSVRenderer`` and the JODI share task's streaming CSV.
///
/// Text fields:
/// - get a leading `'` when they start with `=`, `+`, `-`, `@`, tab or CR (`FormulaInjection`, OWASP);
/// - in ``Quoting/quoted`` style (CSV, RFC 4180) are put in double quotes, inner quotes doubled, when they contain
///   the delimiter, a double quote, CR or LF;
/// - in ``Quoting/replaced`` style (TSV, which has no quoting) have each tab, CR, LF and delimiter replaced by a
///   space, a CRLF pair by one space.
///
/// Number fields are `NumberText` (OilStatCore) without grouping: exactly the asked decimals, `.` as the decimal
/// point, rounded half-to-even on the double's exact value, never negative zero (`-0.00001` at four decimals is
/// `0.0000`), empty when not finite. Numbers are never guarded or quoted. Records end with LF.
///
/// For example:
///
/// ```swift
/// var writer = DelimitedWriter(delimiter: ",", quoting: .quoted)
/// writer.text("=SUM(A1)")
/// writer.number(-0.00001, decimals: 4)
/// writer.endRecord()   // writer.bytes is "'=SUM(A1),0.0000\n"
/// ```
public struct DelimitedWriter: Sendable {
    /// How a text field that holds a separator is kept in one field.
    public enum Quoting: Sendable {
        /// CSV: the field is put in double quotes with inner quotes doubled.
        case quoted
        /// TSV: tabs, CR, LF and the delimiter are replaced by spaces.
        case replaced
    }

    /// The text written so far.
    public private(set) var bytes: [UInt8] = []
    /// The delimiter's UTF-8 bytes.
    private let delimiter: [UInt8]
    /// The delimiter when it is one byte (the usual case), for a fast scan.
    private let delimiterByte: UInt8?
    private let quoting: Quoting
    /// Whether the next field starts a record (so no delimiter goes before it).
    private var atRecordStart = true

    /// A writer separating fields by `delimiter`, with room for `capacity` bytes reserved.
    public init(delimiter: Character, quoting: Quoting, capacity: Int = 0) {
        self.delimiter = Array(String(delimiter).utf8)
        self.delimiterByte = self.delimiter.count == 1 ? self.delimiter[0] : nil
        self.quoting = quoting
        bytes.reserveCapacity(capacity)
    }

    /// Appends a text field (guarded against formulas, then quoted or cleaned as the style says).
    public mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { self.text(utf8: $0) }
    }

    /// Appends a text field given as UTF-8 bytes.
    public mutating func text(utf8 field: UnsafeBufferPointer<UInt8>) {
        startField()
        let guarded = field.first.map(FormulaInjection.isTrigger) ?? false
        guard needsAttention(field) else {
            if guarded { bytes.append(UInt8(ascii: "'")) }
            bytes.append(contentsOf: field)
            return
        }
        switch quoting {
        case .quoted:
            bytes.append(UInt8(ascii: "\""))
            if guarded { bytes.append(UInt8(ascii: "'")) }
            for byte in field {
                if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                bytes.append(byte)
            }
            bytes.append(UInt8(ascii: "\""))
        case .replaced:
            if guarded { bytes.append(UInt8(ascii: "'")) }
            appendReplacingSeparators(field)
        }
    }

    /// Appends a number with `decimals` digits after the point (clamped to 0...15); empty when not finite.
    public mutating func number(_ value: Double, decimals: Int) {
        startField()
        guard value.isFinite else { return }
        NumberText.appendFixed(value, decimals: decimals, to: &bytes)
    }

    /// Appends a number with `decimals` digits, or an empty field for nil.
    public mutating func number(_ value: Double?, decimals: Int) {
        guard let value else { return empty() }
        number(value, decimals: decimals)
    }

    /// Appends an empty field.
    public mutating func empty() {
        startField()
    }

    /// Ends the record with LF.
    public mutating func endRecord() {
        bytes.append(UInt8(ascii: "\n"))
        atRecordStart = true
    }

    @inline(__always)
    private mutating func startField() {
        if atRecordStart {
            atRecordStart = false
        } else if let delimiterByte {
            bytes.append(delimiterByte)
        } else {
            bytes.append(contentsOf: delimiter)
        }
    }

    /// Whether `field` holds a quote (CSV), tab (TSV), CR, LF or the delimiter.
    @inline(__always)
    private func needsAttention(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        let special = quoting == .quoted ? UInt8(ascii: "\"") : UInt8(ascii: "\t")
        for byte in field where byte == special || byte == 0x0A || byte == 0x0D || byte == delimiterByte {
            return true
        }
        return delimiterByte == nil && contains(field, delimiter)
    }

    /// Appends `field` with tabs, CR, LF and the delimiter replaced by spaces (CRLF by one space).
    private mutating func appendReplacingSeparators(_ field: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < field.count {
            let byte = field[index]
            if byte == 0x0D && index + 1 < field.count && field[index + 1] == 0x0A {
                bytes.append(UInt8(ascii: " "))
                index += 2
            } else if delimiterByte == nil && Self.matches(field, at: index, delimiter) {
                bytes.append(UInt8(ascii: " "))
                index += delimiter.count
            } else {
                let separator = byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == delimiterByte
                bytes.append(separator ? UInt8(ascii: " ") : byte)
                index += 1
            }
        }
    }

    private func contains(_ field: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> Bool {
        guard !pattern.isEmpty, field.count >= pattern.count else { return false }
        return (0...(field.count - pattern.count)).contains { Self.matches(field, at: $0, pattern) }
    }

    private static func matches(_ field: UnsafeBufferPointer<UInt8>, at index: Int, _ pattern: [UInt8]) -> Bool {
        guard index + pattern.count <= field.count else { return false }
        return pattern.indices.allSatisfy { field[index + $0] == pattern[$0] }
    }
}
