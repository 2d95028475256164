@testable import OilStatImport

/// What a scan of a JODI file saw, in a form cheap to compare: the number of records, a digest of every
/// record's line, fields and decoded values, and the error that ended the scan.
struct ScanSummary: Equatable, CustomStringConvertible {
    var records = 0
    var digest: UInt64 = 0
    var error: String?
    /// Whether a record is crude oil production in kb/d (what the share task keeps).
    var hasCrudeProduction = false

    /// Scans the whole file; `decodingText` also makes a `String` of every field.
    init(_ scanner: JODIScanner, decodingText: Bool = false) {
        var visitor = DigestVisitor(decodingText: decodingText)
        var failure: String?
        do { try scanner.scan(visitor: &visitor) } catch { failure = String(describing: error) }
        self.init(visitor, error: failure)
    }

    /// Scans `dataStart..<split`, then from where that scan stopped to the end.
    init(_ scanner: JODIScanner, splitAt split: Int) {
        var visitor = DigestVisitor(decodingText: false)
        var failure: String?
        do {
            let first = try scanner.scan(
                from: scanner.dataStart, to: split, firstLine: scanner.firstDataLine,
                visitor: &visitor)
            _ = try scanner.scan(from: first.offset, to: scanner.fileSize, firstLine: first.line, visitor: &visitor)
        } catch {
            failure = String(describing: error)
        }
        self.init(visitor, error: failure)
    }

    private init(_ visitor: DigestVisitor, error: String?) {
        self.error = error
        records = visitor.records
        digest = visitor.hash.value
        hasCrudeProduction = visitor.hasCrudeProduction
    }

    static func == (lhs: ScanSummary, rhs: ScanSummary) -> Bool {
        lhs.records == rhs.records && lhs.digest == rhs.digest && lhs.error == rhs.error
    }

    var description: String {
        "\(records) records (digest \(String(digest, radix: 16))), error: \(error ?? "none")"
    }
}

/// Hashes every record the scanner visits, decoding every field the importers decode.
struct DigestVisitor: JODIRecordVisitor {
    let decodingText: Bool
    var records = 0
    var hash = FNV1a()
    var hasCrudeProduction = false

    init(decodingText: Bool) { self.decodingText = decodingText }

    mutating func visit(_ record: JODIRecord) throws {
        records += 1
        hash.add(record.line)
        for column in JODIColumn.allCases {
            let field = record.field(column)
            hash.add(field.count)
            for index in 0..<field.count { hash.add(byte: field[index]) }
            if decodingText { _ = field.string }
        }
        hash.add(record.monthIndex() ?? -1)
        switch record.observation() {
        case .number(let value): hash.add(Int(bitPattern: UInt(value.bitPattern)))
        case .missing: hash.add(-1)
        case .invalid: hash.add(-2)
        }
        switch record.assessment() {
        case .code(let code): hash.add(code)
        case .none: hash.add(-1)
        case .invalid: hash.add(-2)
        }
        if record.field(.product).equals("CRUDEOIL") && record.field(.flow).equals("INDPROD")
            && record.field(.unit).equals("KBD")
        {
            hasCrudeProduction = true
        }
    }
}

/// The 64-bit FNV-1a hash.
struct FNV1a {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(byte: UInt8) { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

    mutating func add(_ integer: Int) {
        var bits = UInt64(bitPattern: Int64(integer))
        for _ in 0..<8 {
            add(byte: UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }
}
