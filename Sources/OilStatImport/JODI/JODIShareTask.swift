import Dispatch
import Foundation
import OilStatCore
import OilStatReport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The share task straight from a JODI file, no database: every country's crude oil production
/// (CRUDEOIL, INDPROD, KBD) per month with its share of the month's total and its month-on-month change.
///
/// The output is byte-identical to the pandas, polars, DuckDB and sqlite3 reference implementations
/// (see `scripts/bench/`): rows sorted by month, kb/d descending, country; four decimals rounded
/// half-to-even; `""`, `x`, `-`, `..` are missing; a gap means no previous month. The file is split
/// at line boundaries and scanned on all cores.
///
/// For example:
/// ```swift
/// try JODIShareTask.run(input: "large.csv", output: "shares.csv")
/// ```
public enum JODIShareTask {
    /// One kept input row.
    struct Observation {
        var country: String
        var monthIndex: Int32
        var kbd: Double
    }

    /// Collects the kept rows of one byte range.
    struct Collector: JODIRecordVisitor {
        let errors: JODIErrorContext
        var rows: [Observation] = []
        var monthText: [Int32: String] = [:]
        /// The crude oil production values allowed (see ``OilStatCore/FigureBounds``).
        static let plausible = FigureBounds.range(unit: "KBD", flow: "INDPROD", aggregate: false)

        mutating func visit(_ record: JODIRecord) throws {
            guard record.field(.flow).equals("INDPROD"), record.field(.unit).equals("KBD"),
                  record.field(.product).equals("CRUDEOIL") else { return }
            let kbd: Double
            switch record.observation() {
            case .number(let value): kbd = value
            case .missing: return
            case .invalid: throw errors.badNumber(record)
            }
            guard Self.plausible.contains(kbd) else {
                throw errors.implausible(record, kbd, range: Self.plausible, unit: "KBD", flow: "INDPROD")
            }
            guard let index = record.monthIndex() else { throw errors.badMonth(record) }
            let monthIndex = Int32(index)
            if monthText[monthIndex] == nil { monthText[monthIndex] = record.field(.period).string }
            rows.append(Observation(country: record.field(.area).string, monthIndex: monthIndex, kbd: kbd))
        }
    }

    /// The result of one worker: its rows, or the error it hit, and where it stopped.
    final class WorkerResult: @unchecked Sendable {
        var collector: Collector
        var stop = JODIScanner.Stop(offset: 0, line: 0)
        var error: Error?

        init(collector: Collector) { self.collector = collector }
    }

    /// Reads the kept rows of `path`, on up to `workers` threads (default: the number of cores).
    static func collect(path: String, displayName: String?, workers: Int?, minimumPartSize: Int = 4 << 20) throws -> Collector {
        try collect(file: InputFile(path: path, displayName: displayName), workers: workers,
                    minimumPartSize: minimumPartSize)
    }

    /// Reads the kept rows of the open `file`, on up to `workers` threads (default: the number of cores).
    static func collect(file: InputFile, workers: Int?, minimumPartSize: Int = 4 << 20) throws -> Collector {
        let scanner = try JODIScanner(file: file)
        let errors = scanner.errors
        let dataSize = scanner.fileSize - scanner.dataStart
        let wanted = workers ?? ProcessInfo.processInfo.activeProcessorCount
        let count = max(1, min(wanted, dataSize / max(minimumPartSize, 1)))
        if count == 1 {
            var collector = Collector(errors: errors)
            try scanner.scan(visitor: &collector)
            return collector
        }
        // Split at line starts; a split inside a quoted field is detected and rescanned below.
        var splits = [scanner.dataStart]
        for part in 1..<count {
            splits.append(try scanner.lineStart(atOrAfter: scanner.dataStart + dataSize * part / count))
        }
        splits.append(scanner.fileSize)
        let bounds = splits
        let results = (0..<count).map { _ in WorkerResult(collector: Collector(errors: errors)) }
        DispatchQueue.concurrentPerform(iterations: count) { part in
            let result = results[part]
            do {
                result.stop = try scanner.scan(from: bounds[part], to: bounds[part + 1],
                                               firstLine: part == 0 ? scanner.firstDataLine : 1,
                                               visitor: &result.collector)
            } catch {
                result.error = error
            }
        }
        // Stitch in file order: each part is valid only if the one before stopped exactly at its start.
        var merged = Collector(errors: errors)
        var line = scanner.firstDataLine
        var offset = scanner.dataStart
        for part in 0..<count {
            let result = results[part]
            if offset != bounds[part] {
                // The previous part ran past this split (a quoted newline): scan the rest serially.
                var rest = Collector(errors: errors)
                _ = try scanner.scan(from: offset, to: scanner.fileSize, firstLine: line, visitor: &rest)
                merged.rows.append(contentsOf: rest.rows)
                merged.monthText.merge(rest.monthText) { first, _ in first }
                return merged
            }
            if let error = result.error {
                if var error = error as? OilStatError, part > 0, let relative = error.line {
                    error.line = relative - 1 + line
                    throw error
                }
                throw error
            }
            merged.rows.append(contentsOf: result.collector.rows)
            merged.monthText.merge(result.collector.monthText) { first, _ in first }
            offset = result.stop.offset
            line = part == 0 ? result.stop.line : line + result.stop.line - 1
        }
        return merged
    }

    /// Computes the share task's rows from the JODI file at `path` (a `.zip` holding one is extracted first).
    ///
    /// - Parameters:
    ///   - path: the JODI CSV, or a `.zip` holding one.
    ///   - displayName: the name error messages give the file (default: `path`).
    ///   - workers: threads to scan with (default: one per core).
    /// - Throws: `OilStatError` for a malformed file (bad number, bad month, missing column,
    ///   wrong field count) or two figures for one country and month.
    public static func rows(path: String, displayName: String? = nil, workers: Int? = nil) throws -> [ShareRow] {
        let input = try ImportInput.open(path: path, displayName: displayName, expecting: .jodi)
        let collected = try collect(file: input.file, workers: workers)
        return try rows(from: collected.rows, monthText: collected.monthText, fileName: input.displayName)
    }

    static func rows(from input: [Observation], monthText: [Int32: String], fileName: String) throws -> [ShareRow] {
        let n = input.count
        // Countries as ranks in byte order (what Python's and SQL's string sorts give for ASCII codes).
        let names = Array(Set(input.map(\.country))).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        var rankOf: [String: Int32] = [:]
        for (rank, name) in names.enumerated() { rankOf[name] = Int32(rank) }
        let ranks = input.map { rankOf[$0.country]! }

        // Sort by (month, country): the order the reference sums each month's total in.
        var order = Array(0..<n)
        order.sort { input[$0].monthIndex != input[$1].monthIndex ? input[$0].monthIndex < input[$1].monthIndex : ranks[$0] < ranks[$1] }
        var total = [Int32: Double]()
        var previousByIndex = [Double?](repeating: nil, count: n)
        // Month totals, in that order.
        for index in order { total[input[index].monthIndex, default: 0] += input[index].kbd }
        // Previous month per country: sort by (country, month).
        var byCountry = Array(0..<n)
        byCountry.sort { ranks[$0] != ranks[$1] ? ranks[$0] < ranks[$1] : input[$0].monthIndex < input[$1].monthIndex }
        for position in byCountry.indices.dropFirst() {
            let current = byCountry[position], before = byCountry[position - 1]
            guard ranks[current] == ranks[before] else { continue }
            if input[before].monthIndex == input[current].monthIndex {
                throw OilStatError(file: fileName, message: "two CRUDEOIL/INDPROD/KBD figures for \(input[current].country) in "
                                   + (monthText[input[current].monthIndex] ?? "one month"))
            }
            if input[before].monthIndex == input[current].monthIndex - 1 { previousByIndex[current] = input[before].kbd }
        }
        // Output order: month ascending, kb/d descending, country ascending.
        order.sort {
            let a = input[$0], b = input[$1]
            if a.monthIndex != b.monthIndex { return a.monthIndex < b.monthIndex }
            if a.kbd != b.kbd { return a.kbd > b.kbd }
            return ranks[$0] < ranks[$1]
        }
        return order.map { index in
            let row = input[index]
            let monthTotal = total[row.monthIndex]!
            let previous = previousByIndex[index]
            return ShareRow(
                country: row.country, month: monthText[row.monthIndex]!, kbd: row.kbd,
                sharePct: monthTotal != 0 ? row.kbd / monthTotal * 100 : nil,
                momChangeKBD: previous.map { row.kbd - $0 },
                momChangePct: previous.flatMap { $0 != 0 ? (row.kbd - $0) / $0 * 100 : nil })
        }
    }

    /// The share task's CSV (header, LF line ends) for `rows`, written by `DelimitedWriter` as
    /// every CSV is: country cells are guarded against formulas and quoted when they hold a comma, quote or line break.
    public static func csv(_ rows: [ShareRow]) -> [UInt8] {
        var writer = DelimitedWriter(delimiter: ",", quoting: .quoted, capacity: 64 + rows.count * 56)
        for column in ShareRow.csvColumns { writer.text(column) }
        writer.endRecord()
        for row in rows { row.write(to: &writer) }
        return writer.bytes
    }

    /// Runs the share task on the JODI file `input` and writes the CSV to `output` (standard output when nil).
    ///
    /// - Returns: the number of rows written.
    @discardableResult
    public static func run(input: String, output: String?, workers: Int? = nil) throws -> Int {
        let rows = try rows(path: input, workers: workers)
        try OutputFile.write(csv(rows), to: output)
        return rows.count
    }
}
