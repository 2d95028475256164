import Foundation

/// A streaming RFC 4180 reader: quoted fields with commas, doubled quotes and newlines, CRLF or LF.
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

    private let bytes: [UInt8]
    private var position = 0
    private var line = 1
    private let delimiter: UInt8
    /// The file name errors name.
    public let fileName: String

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

    /// The next record, or nil at the end of the input. Blank lines are skipped.
    public mutating func next() throws -> Record? {
        while position < bytes.count {
            let startLine = line
            var fields: [String] = []
            var field: [UInt8] = []
            var inQuotes = false
            var wasQuoted = false
            var endOfRecord = false
            while position < bytes.count && !endOfRecord {
                let b = bytes[position]
                position += 1
                if inQuotes {
                    if b == UInt8(ascii: "\"") {
                        if position < bytes.count && bytes[position] == UInt8(ascii: "\"") {
                            field.append(b)
                            position += 1
                        } else {
                            inQuotes = false
                        }
                    } else {
                        if b == UInt8(ascii: "\n") { line += 1 }
                        field.append(b)
                    }
                } else if b == delimiter {
                    fields.append(String(decoding: field, as: UTF8.self))
                    field.removeAll(keepingCapacity: true)
                    wasQuoted = false
                } else if b == UInt8(ascii: "\"") && field.isEmpty && !wasQuoted {
                    inQuotes = true
                    wasQuoted = true
                } else if b == UInt8(ascii: "\n") {
                    line += 1
                    endOfRecord = true
                } else if b == UInt8(ascii: "\r") {
                    // CRLF: the LF ends the record; a lone CR is dropped.
                } else {
                    field.append(b)
                }
            }
            if inQuotes {
                throw OilStatError(file: fileName, line: startLine, field: nil, message: "a quoted field is not closed")
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
