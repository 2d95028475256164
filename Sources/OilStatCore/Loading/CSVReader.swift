import Foundation

/// A streaming RFC 4180 reader: quoted fields with commas, doubled quotes and newlines; LF, CRLF or CR-only
/// (classic Mac) line ends.
///
/// Strict where a lenient reader would guess: text after a closing quote (`"ab"c`), a NUL byte, and a field
/// longer than ``maximumFieldBytes`` are errors naming the line and column, so memory stays bounded.
///
/// For example:
/// ```swift
/// var reader = CSVReader(bytes: Array("a,b\n1,\"x, y\"\n".utf8))
/// while let record = try reader.next() { print(record.line, record.fields) }
/// ```
public struct CSVReader {
    /// One record with the physical line it starts on (1-based).
    public struct Record: Equatable, Sendable {
        public var line: Int
        public var fields: [String]
    }

    /// The longest field read by default: 1 MiB. The files read here hold codes, months, numbers and short
    /// notes; a longer field is damage, not data.
    public static let defaultMaximumFieldBytes = 1 << 20

    private let bytes: [UInt8]
    private var position = 0
    private var line = 1
    private let delimiter: UInt8
    /// The file name errors name.
    public let fileName: String
    /// The longest field accepted, in bytes.
    public var maximumFieldBytes = CSVReader.defaultMaximumFieldBytes
    /// The header's column names, once known: errors then say `column 3 (value)` instead of `column 3`.
    public var columnNames: [String] = []

    /// Creates a reader over `bytes`; a leading UTF-8 byte-order mark is skipped.
    public init(bytes: [UInt8], fileName: String = "<input>", delimiter: UInt8 = UInt8(ascii: ",")) {
        self.bytes = bytes
        self.fileName = fileName
        self.delimiter = delimiter
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// Creates a reader over the contents of `url`, read through ``InputFile``.
    public init(contentsOf url: URL, delimiter: UInt8 = UInt8(ascii: ",")) throws {
        self.init(bytes: try InputFile(path: url.path).readAll(), fileName: url.path, delimiter: delimiter)
    }

    /// The `field` text of an error about the 0-based column `index`: `column 3 (value)`.
    public func columnLabel(_ index: Int) -> String {
        index < columnNames.count ? "column \(index + 1) (\(columnNames[index]))" : "column \(index + 1)"
    }

    /// Consumes a line end at `position` (LF, CRLF or a lone CR) and counts it; false when there is none.
    private mutating func skipLineEnd() -> Bool {
        guard position < bytes.count else { return false }
        if bytes[position] == UInt8(ascii: "\n") {
            position += 1
        } else if bytes[position] == UInt8(ascii: "\r") {
            position += 1
            if position < bytes.count && bytes[position] == UInt8(ascii: "\n") { position += 1 }
        } else {
            return false
        }
        line += 1
        return true
    }

    /// The next record, or nil at the end of the input. Blank lines are skipped.
    public mutating func next() throws -> Record? {
        let quote = UInt8(ascii: "\"")
        while position < bytes.count {
            let startLine = line
            var fields: [String] = []
            var field: [UInt8] = []
            var wasQuoted = false
            func check(_ byte: UInt8) throws {
                if byte == 0 {
                    throw OilStatError(
                        file: fileName, line: line, field: columnLabel(fields.count),
                        message: "a NUL byte inside the field (the file is binary or damaged)")
                }
                if field.count >= maximumFieldBytes {
                    throw OilStatError(
                        file: fileName, line: startLine, field: columnLabel(fields.count),
                        message: "the field is longer than \(maximumFieldBytes >> 20) MiB")
                }
            }
            record: while position < bytes.count {
                let b = bytes[position]
                if b == quote && field.isEmpty && !wasQuoted {
                    // A quoted field: up to the closing quote ("" is a quote), then a delimiter or the line's end.
                    wasQuoted = true
                    position += 1
                    while true {
                        guard position < bytes.count else {
                            throw OilStatError(file: fileName, line: startLine, message: "a quoted field is not closed")
                        }
                        let inner = bytes[position]
                        if inner == quote {
                            position += 1
                            guard position < bytes.count, bytes[position] == quote else { break }
                        }
                        if inner == UInt8(ascii: "\n") || inner == UInt8(ascii: "\r") {
                            let end = position
                            _ = skipLineEnd()
                            for byte in bytes[end..<position] {
                                try check(byte)
                                field.append(byte)
                            }
                            continue
                        }
                        try check(inner)
                        field.append(inner)
                        position += 1
                    }
                    let after = position == bytes.count ? nil : bytes[position]
                    guard after == nil || after == delimiter || after == 0x0A || after == 0x0D else {
                        throw OilStatError(
                            file: fileName, line: line, field: columnLabel(fields.count),
                            message: "text after a closing quote (a quoted field must end at a "
                                + "delimiter or the line's end)")
                    }
                } else if b == delimiter {
                    fields.append(String(decoding: field, as: UTF8.self))
                    field.removeAll(keepingCapacity: true)
                    wasQuoted = false
                    position += 1
                } else if skipLineEnd() {
                    break record
                } else {
                    try check(b)
                    field.append(b)
                    position += 1
                }
            }
            fields.append(String(decoding: field, as: UTF8.self))
            if fields.count == 1 && fields[0].isEmpty { continue }
            return Record(line: startLine, fields: fields)
        }
        return nil
    }

    /// Reads every remaining record.
    public mutating func readAll() throws -> [Record] {
        var records: [Record] = []
        while let record = try next() { records.append(record) }
        return records
    }
}
