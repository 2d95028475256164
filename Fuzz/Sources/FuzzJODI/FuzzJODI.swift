import FuzzSupport
import OilStatCore
import OilStatImport

/// The JODI scanner: the input is written to a scratch file (the scanner reads a path) and scanned
///
/// 1. with one block (larger than any input), decoding every field of every record (month, number, assessment);
/// 2. with a 1-byte and a 13-byte block (refill and grow on every record), which must visit the same
///    records and end the same way;
/// 3. in two ranges split at the middle, the second resumed where the first stopped (how the share task
///    splits a file for two cores), which together must equal the whole scan;
///
/// then through the share task (``JODIShareTask/rows(path:displayName:workers:)``) and its CSV writer.
/// Thrown errors are the expected answer to bad input; a trap, a sanitizer report or a property that does
/// not hold is a finding.
let scratch = ScratchFile(name: "jodi", extension: "csv")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    scratch.write(input.buffer)
    guard var scanner = try? JODIScanner(path: scratch.path, displayName: "fuzz.csv") else { return 0 }
    // One block holds any input (-max_len is 64 KB); the default 4 MB block costs more to allocate than to scan.
    scanner.blockSize = 1 << 17
    let whole = JODIScan(scanner)
    for blockSize in [1, 13] {
        var small = scanner
        small.blockSize = blockSize
        let scan = JODIScan(small)
        fuzzCheck(scan == whole, "block size \(blockSize) gives \(scan), the default block \(whole)")
    }
    if let split = try? scanner.lineStart(atOrAfter: scanner.dataStart + (scanner.fileSize - scanner.dataStart) / 2) {
        let halves = JODIScan(scanner, splitAt: split)
        fuzzCheck(halves == whole, "a scan split at \(split) gives \(halves), the whole scan \(whole)")
    }
    // The share task only when it keeps a record (its scanner allocates a 4 MB block per call), and not for
    // a zip, which it extracts with the system unzip.
    if whole.records.contains(where: \.isCrudeProduction), !input.starts(with: [0x50, 0x4B, 0x03, 0x04]),
       let rows = try? JODIShareTask.rows(path: scratch.path, workers: 2) {
        _ = JODIShareTask.csv(rows)
    }
    return 0
}

/// What a scan saw: every record's line and fields, and how it ended.
struct JODIScan: Equatable, CustomStringConvertible {
    var records: [JODIRecordCopy] = []
    var error: String?
    var stop: Int?

    /// Scans the whole file.
    init(_ scanner: JODIScanner) {
        var visitor = RecordingVisitor()
        do {
            try scanner.scan(visitor: &visitor)
        } catch {
            self.error = String(describing: error)
        }
        records = visitor.records
    }

    /// Scans `dataStart..<split`, then from where that stopped to the end.
    init(_ scanner: JODIScanner, splitAt split: Int) {
        var visitor = RecordingVisitor()
        do {
            let first = try scanner.scan(from: scanner.dataStart, to: split, firstLine: scanner.firstDataLine,
                                         visitor: &visitor)
            stop = first.offset
            _ = try scanner.scan(from: first.offset, to: scanner.fileSize, firstLine: first.line, visitor: &visitor)
        } catch {
            self.error = String(describing: error)
        }
        records = visitor.records
    }

    static func == (lhs: JODIScan, rhs: JODIScan) -> Bool { lhs.records == rhs.records && lhs.error == rhs.error }

    var description: String {
        "\(records.count) records (last \(records.last.map { "\($0)" } ?? "none")), error \(error ?? "none")"
    }
}

/// A record's line, raw fields and decoded values, copied out of the scanner's buffer.
struct JODIRecordCopy: Equatable {
    var line: Int
    var fields: [[UInt8]]
    var month: Int?
    var observation: JODIObservation
    var assessment: JODIAssessment

    /// Whether the share task keeps this record (crude oil production in kb/d).
    var isCrudeProduction: Bool {
        func field(_ column: JODIColumn, is text: String) -> Bool { fields[column.rawValue] == Array(text.utf8) }
        return field(.product, is: "CRUDEOIL") && field(.flow, is: "INDPROD") && field(.unit, is: "KBD")
    }
}

/// Copies every record and decodes every field the importers decode.
struct RecordingVisitor: JODIRecordVisitor {
    var records: [JODIRecordCopy] = []

    mutating func visit(_ record: JODIRecord) throws {
        let fields = JODIColumn.allCases.map { record.field($0).bytes }
        for column in JODIColumn.allCases { _ = record.field(column).string }
        records.append(JODIRecordCopy(line: record.line, fields: fields, month: record.monthIndex(),
                                      observation: record.observation(), assessment: record.assessment()))
    }
}
