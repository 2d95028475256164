import Foundation
import OilStatCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A streaming, byte-level reader of JODI Oil World Database CSV files.
///
/// The file is read in large blocks (no memory map, so resident memory stays at one block however
/// large the file) and split into records without making a `String`: each record is handed to a
/// `JODIRecordVisitor` as borrowed `ByteSpan`s. Columns are found by header name in any order;
/// RFC 4180 quoting (commas, doubled quotes and newlines inside quotes) and CRLF are handled though
/// JODI itself writes neither. A byte range can be scanned on its own, so two cores can share a file.
///
/// For example:
/// ```swift
/// let scanner = try JODIScanner(path: "world_Primary_CSV.csv")
/// try scanner.forEachRecord { record in
///     if record.field(.flow).equals("INDPROD") { print(record.field(.area).string) }
/// }
/// ```
package struct JODIScanner: Sendable {
    /// The file read.
    package let path: String
    /// The open file: every read goes through it (positional reads, so threads share it).
    package let file: InputFile
    /// The name errors show.
    package let displayName: String
    /// The header.
    package let header: JODIHeader
    /// The byte offset of the first data record.
    package let dataStart: Int
    /// The line number of the first data record.
    package let firstDataLine: Int
    /// The file's size in bytes.
    package let fileSize: Int
    /// The size of each read.
    package var blockSize = 1 << 22

    /// Opens `path` (through `InputFile`: a directory, device or FIFO is a clear error) and reads its
    /// header.
    ///
    /// - Throws: `OilStatError` when the file cannot be read, is empty, or lacks a column.
    package init(path: String, displayName: String? = nil) throws {
        try self.init(file: InputFile(path: path, displayName: displayName), path: path)
    }

    /// Reads the header of the open `file`; errors name it by `file.name`.
    package init(file: InputFile, path: String? = nil) throws {
        self.file = file
        self.path = path ?? file.reopenPath
        let name = file.name
        self.displayName = name
        fileSize = file.size
        // Read enough of the start to hold the header line.
        let prefix = try file.prefix(1 << 16)
        let got = prefix.count
        var start = 0
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let (end, lineEnd, headerLines) = Self.headerEnd(in: prefix, from: start, complete: got == fileSize)
        guard end > start || end < prefix.count else {
            throw OilStatError(
                file: name, line: 1,
                message: "the file is empty (expected a JODI header: "
                    + JODIColumn.allCases.map(\.headerName).joined(separator: ",") + ")")
        }
        guard end < prefix.count || got == fileSize else {
            throw OilStatError(
                file: name, line: 1, message: "the header line is longer than 64 KB: not a JODI CSV file")
        }
        var reader = CSVReader(bytes: Array(prefix[start..<end]), fileName: name)
        let names = (try reader.next()?.fields ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
        header = try JODIHeader(names: names, fileName: name)
        dataStart = min(end + lineEnd, fileSize)
        firstDataLine = 1 + headerLines
    }

    /// Where the header that starts at `start` of `prefix` ends: the offset of its line end (LF, CRLF or a
    /// lone CR outside quotes; the prefix's end when there is none), that line end's length, and the number
    /// of lines the header spans. A CR at the very end of an incomplete prefix counts as no line end, so the
    /// header is reported as too long rather than split from an LF not yet read.
    static func headerEnd(in prefix: [UInt8], from start: Int, complete: Bool) -> (end: Int, lineEnd: Int, lines: Int) {
        var inQuotes = false
        var end = start
        var lines = 1
        while end < prefix.count {
            let byte = prefix[end]
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                let hasNext = end + 1 < prefix.count
                if byte == UInt8(ascii: "\r") && !hasNext && !complete { return (prefix.count, 0, lines) }
                let length = byte == UInt8(ascii: "\r") && hasNext && prefix[end + 1] == UInt8(ascii: "\n") ? 2 : 1
                if !inQuotes { return (end, length, lines) }
                lines += 1
                end += length
                continue
            }
            end += 1
        }
        return (end, 0, lines)
    }

    /// The error builder for this file.
    package var errors: JODIErrorContext { JODIErrorContext(fileName: displayName, header: header) }

    /// Calls `body` with every record of the file, in order.
    package func forEachRecord(_ body: (JODIRecord) throws -> Void) throws {
        try withoutActuallyEscaping(body) { body in
            var visitor = ClosureVisitor(body: body)
            _ = try scan(from: dataStart, to: fileSize, firstLine: firstDataLine, visitor: &visitor)
        }
    }

    /// Visits every record of the file, in order.
    package func scan<Visitor: JODIRecordVisitor>(visitor: inout Visitor) throws {
        _ = try scan(from: dataStart, to: fileSize, firstLine: firstDataLine, visitor: &visitor)
    }

    /// The first record start at or after `offset` if lines are not split inside quotes: the byte after
    /// the next newline (the file's size when there is none). Used to split a file for two cores.
    package func lineStart(atOrAfter offset: Int) throws -> Int {
        if offset <= dataStart { return dataStart }
        var block = [UInt8](repeating: 0, count: 1 << 16)
        var position = offset - 1
        while position < fileSize {
            let got = try block.withUnsafeMutableBytes { buffer in
                try file.read(into: buffer.baseAddress!, count: buffer.count, at: position)
            }
            guard got > 0 else { break }
            if let index = block[0..<got].firstIndex(of: UInt8(ascii: "\n")) { return position + index + 1 }
            position += got
        }
        return fileSize
    }

    /// Where a range scan stopped: the offset of the first record not visited and its line number.
    package struct Stop: Sendable, Equatable {
        package var offset: Int
        package var line: Int
    }

    /// Visits the records that start in `start..<end` (the last may run past `end`).
    ///
    /// `start` must be the start of a record; `firstLine` is its line number (use 1 for a relative
    /// count when unknown; errors then carry relative lines).
    /// - Returns: the offset and line of the first record not visited (`end` or later).
    package func scan<Visitor: JODIRecordVisitor>(
        from start: Int, to end: Int, firstLine: Int,
        visitor: inout Visitor
    ) throws -> Stop {
        let padding = 64
        var capacity = blockSize
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + padding)
        buffer.initialize(repeating: 0, count: capacity + padding)
        let columnCount = header.columnCount
        let starts = UnsafeMutablePointer<UnsafePointer<UInt8>>.allocate(capacity: columnCount + 1)
        starts.initialize(repeating: UnsafePointer(buffer), count: columnCount + 1)
        let counts = UnsafeMutablePointer<Int>.allocate(capacity: columnCount + 1)
        counts.initialize(repeating: 0, count: columnCount + 1)
        let escaped = UnsafeMutablePointer<Bool>.allocate(capacity: columnCount + 1)
        escaped.initialize(repeating: false, count: columnCount + 1)
        defer {
            buffer.deallocate()
            starts.deallocate()
            counts.deallocate()
            escaped.deallocate()
        }
        let positions = JODIPositions(header)
        let comma: UInt8 = 0x2C
        let quote: UInt8 = 0x22
        let newline: UInt8 = 0x0A
        let carriageReturn: UInt8 = 0x0D
        let lastSlot = columnCount

        var base = start // file offset of buffer[0]
        var filled = 0 // valid bytes in buffer
        var pos = 0 // parse position
        var atEOF = start >= fileSize
        var line = firstLine

        while true {
            // Refill: keep the unparsed tail, read the next block behind it.
            if !atEOF {
                if pos > 0 {
                    if filled > pos { memmove(buffer, buffer + pos, filled - pos) }
                    base += pos
                    filled -= pos
                    pos = 0
                }
                if filled == capacity {
                    // One record fills the buffer: an error past the limit, else grow (small test blocks).
                    guard capacity < Self.maximumRecordBytes else {
                        throw errors.tooLong(
                            line: line, column: Self.column(of: Self.maximumRecordBytes, in: buffer),
                            limit: Self.maximumRecordBytes)
                    }
                    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2 + padding)
                    bigger.initialize(repeating: 0, count: capacity * 2 + padding)
                    bigger.update(from: buffer, count: filled)
                    buffer.deallocate()
                    buffer = bigger
                    capacity *= 2
                }
                let got = try file.read(into: buffer + filled, count: capacity - filled, at: base + filled)
                filled += got
                if got == 0 || base + filled >= fileSize { atEOF = true }
                buffer[filled] = 0
            }

            // Parse the complete records in the buffer.
            recordLoop: while true {
                if base + pos >= end || (pos >= filled && atEOF) {
                    try visitor.didReach(offset: base + pos)
                    return Stop(offset: base + pos, line: line)
                }
                if pos >= filled { break recordLoop }
                var column = 0
                var fieldStart = pos
                var index = pos
                var quotedNewlines = 0
                var hasEscapes = false
                var next = 0
                fieldLoop: while true {
                    if index >= filled {
                        if !atEOF { break recordLoop } // incomplete: read more
                        let slot = column < lastSlot ? column : lastSlot
                        starts[slot] = UnsafePointer(buffer + fieldStart)
                        counts[slot] = index - fieldStart
                        next = index
                        break fieldLoop
                    }
                    let byte = buffer[index]
                    if byte > comma {
                        index += 1
                        continue
                    }
                    if byte == comma {
                        let slot = column < lastSlot ? column : lastSlot
                        starts[slot] = UnsafePointer(buffer + fieldStart)
                        counts[slot] = index - fieldStart
                        column += 1
                        index += 1
                        fieldStart = index
                        continue
                    }
                    if byte == carriageReturn {
                        // CRLF: the LF ends the record. A lone CR (classic Mac line ends) ends it here.
                        if index + 1 >= filled && !atEOF { break recordLoop } // is an LF next? read more
                        if index + 1 < filled && buffer[index + 1] == newline {
                            index += 1
                            continue
                        }
                        let slot = column < lastSlot ? column : lastSlot
                        starts[slot] = UnsafePointer(buffer + fieldStart)
                        counts[slot] = index - fieldStart
                        next = index + 1
                        break fieldLoop
                    }
                    if byte == newline {
                        let fieldEnd = index > fieldStart && buffer[index - 1] == carriageReturn ? index - 1 : index
                        let slot = column < lastSlot ? column : lastSlot
                        starts[slot] = UnsafePointer(buffer + fieldStart)
                        counts[slot] = fieldEnd - fieldStart
                        next = index + 1
                        break fieldLoop
                    }
                    if byte == quote && index == fieldStart {
                        // A quoted field: find the closing quote ("" is an escaped quote).
                        var scan = index + 1
                        var fieldEscaped = false
                        var newlines = 0
                        var closing = -1
                        while scan < filled {
                            let b = buffer[scan]
                            if b == quote {
                                if scan + 1 < filled {
                                    if buffer[scan + 1] == quote {
                                        fieldEscaped = true
                                        scan += 2
                                        continue
                                    }
                                    closing = scan
                                    break
                                }
                                if atEOF { closing = scan }
                                break
                            }
                            let loneCR = b == carriageReturn && scan + 1 < filled && buffer[scan + 1] != newline
                            if b == newline || loneCR {
                                newlines += 1
                            }
                            scan += 1
                        }
                        if closing < 0 {
                            if !atEOF || (scan < filled) { break recordLoop } // incomplete: read more
                            throw OilStatError(file: displayName, line: line, message: "a quoted field is not closed")
                        }
                        quotedNewlines += newlines
                        let slot = column < lastSlot ? column : lastSlot
                        starts[slot] = UnsafePointer(buffer + index + 1)
                        counts[slot] = closing - index - 1
                        if fieldEscaped {
                            escaped[slot] = true
                            hasEscapes = true
                        }
                        let after = closing + 1
                        if after >= filled {
                            if !atEOF { break recordLoop }
                            next = after
                            break fieldLoop
                        }
                        let b = buffer[after]
                        if b == comma {
                            column += 1
                            index = after + 1
                            fieldStart = index
                            continue
                        }
                        if b == newline {
                            next = after + 1
                            break fieldLoop
                        }
                        if b == carriageReturn {
                            if after + 1 >= filled && !atEOF { break recordLoop }
                            next = after + 1 < filled && buffer[after + 1] == newline ? after + 2 : after + 1
                            break fieldLoop
                        }
                        throw OilStatError(
                            file: displayName, line: line + quotedNewlines, field: "column \(column + 1)",
                            message:
                                "unexpected text after a closing quote (a quoted field must end at a comma or the "
                                + "line's end)"
                        )
                    }
                    index += 1
                }
                // A complete record.
                if next - pos > Self.maximumRecordBytes {
                    let column = Self.column(of: pos + Self.maximumRecordBytes, in: buffer, from: pos)
                    throw errors.tooLong(line: line, column: column, limit: Self.maximumRecordBytes)
                }
                let fieldCount = column + 1
                if fieldCount == 1 && counts[0] == 0 && quotedNewlines == 0 && !hasEscapes
                    && (next - pos <= 2)
                {
                    // A blank line.
                } else if fieldCount != columnCount {
                    throw OilStatError(
                        file: displayName, line: line,
                        message: "expected \(columnCount) fields (as in the header), found \(fieldCount)")
                } else {
                    if hasEscapes {
                        for slot in 0..<columnCount where escaped[slot] {
                            counts[slot] = Self.unescape(
                                UnsafeMutablePointer(mutating: starts[slot]), count: counts[slot])
                            escaped[slot] = false
                        }
                    }
                    try visitor.visit(JODIRecord(line: line, starts: starts, counts: counts, positions: positions))
                }
                line += 1 + quotedNewlines
                pos = next
            }
            try visitor.didReach(offset: base + pos)
        }
    }

    /// The longest record (line) read: 1 MiB. A JODI record is a few dozen bytes; past this the file is damaged,
    /// and the scanner stops with an error instead of growing its buffer (memory stays at one block).
    package static let maximumRecordBytes = 1 << 20

    /// The 0-based column in which byte `offset` of `buffer` lies, for a record starting at `start`.
    static func column(of offset: Int, in buffer: UnsafeMutablePointer<UInt8>, from start: Int = 0) -> Int {
        var column = 0
        var inQuotes = false
        for index in start..<offset {
            if buffer[index] == 0x22 { inQuotes.toggle() } else if buffer[index] == 0x2C && !inQuotes { column += 1 }
        }
        return column
    }

    /// Turns each `""` into `"` in place; returns the new length.
    static func unescape(_ bytes: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        var read = 0
        var write = 0
        while read < count {
            bytes[write] = bytes[read]
            if bytes[read] == 0x22 && read + 1 < count && bytes[read + 1] == 0x22 { read += 2 } else { read += 1 }
            write += 1
        }
        return write
    }
}
