import Dispatch
import Foundation
import OilStatCore

/// Reads the crude oil production rows of a JODI file (CRUDEOIL, INDPROD, KBD) straight from its bytes, on all
/// cores, without a database: the reading half of the share task (`OilStatAnalysis.JODIShareTask`).
///
/// The file is split at line boundaries and each part scanned by its own `JODIScanner`; a split that falls
/// inside a quoted field is detected and the rest rescanned serially, so the result never depends on the number
/// of workers. Values follow ``OilStatCore/MissingValuePolicy/jodi``: a missing value is no row, never zero.
package enum JODIProductionReader {
    /// One kept input row.
    package struct Observation: Sendable, Equatable {
        /// `REF_AREA` as written (`NA` is Namibia).
        package var country: String
        /// ``OilStatCore/Month/index`` of `TIME_PERIOD`.
        package var monthIndex: Int32
        /// `OBS_VALUE`, kb/d.
        package var kbd: Double
    }

    /// What a read found: the kept rows in file order, and each month's `TIME_PERIOD` as first written.
    package struct Result: Sendable, Equatable {
        package var observations: [Observation] = []
        package var monthText: [Int32: String] = [:]
        /// The file's name for messages (`archive.zip:entry.csv` for a zip entry).
        package var fileName: String = ""
    }

    /// Reads the kept rows of the JODI file at `path` (a `.zip` holding one is extracted first).
    ///
    /// - Parameters:
    ///   - workers: threads to scan with (default: one per core).
    ///   - minimumPartSize: the fewest bytes a thread scans (4 MiB: smaller parts cost more than they save).
    /// - Throws: ``OilStatCore/OilStatError`` for a malformed file (bad number, bad month, implausible value,
    ///   missing column, wrong field count).
    package static func read(
        path: String, displayName: String? = nil, workers: Int? = nil,
        minimumPartSize: Int = 4 << 20
    ) throws -> Result {
        let input = try ImportInput.open(path: path, displayName: displayName, expecting: .jodi)
        var result = try collect(file: input.file, workers: workers, minimumPartSize: minimumPartSize).result
        result.fileName = input.displayName
        return result
    }

    /// Collects the kept rows of one byte range.
    struct Collector: JODIRecordVisitor {
        let errors: JODIErrorContext
        var result = Result()
        /// The crude oil production values allowed (see ``OilStatCore/FigureBounds``).
        static let plausible = FigureBounds.range(unit: "KBD", flow: "INDPROD", aggregate: false)

        mutating func visit(_ record: JODIRecord) throws {
            guard record.field(.flow).equals("INDPROD"), record.field(.unit).equals("KBD"),
                record.field(.product).equals("CRUDEOIL")
            else { return }
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
            if result.monthText[monthIndex] == nil { result.monthText[monthIndex] = record.field(.period).string }
            result.observations.append(
                Observation(
                    country: record.field(.area).string, monthIndex: monthIndex,
                    kbd: kbd))
        }

        /// Appends the rows of the part after this one.
        mutating func append(_ other: Collector) {
            result.observations.append(contentsOf: other.result.observations)
            result.monthText.merge(other.result.monthText) { first, _ in first }
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
    static func collect(
        path: String, displayName: String?, workers: Int?,
        minimumPartSize: Int = 4 << 20
    ) throws -> Collector {
        try collect(
            file: InputFile(path: path, displayName: displayName), workers: workers,
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
                result.stop = try scanner.scan(
                    from: bounds[part], to: bounds[part + 1],
                    firstLine: part == 0 ? scanner.firstDataLine : 1,
                    visitor: &result.collector)
            } catch {
                result.error = error
            }
        }
        return try stitch(results, bounds: bounds, scanner: scanner)
    }

    /// The workers' rows in file order: each part is valid only if the one before stopped exactly at its start.
    private static func stitch(_ results: [WorkerResult], bounds: [Int], scanner: JODIScanner) throws -> Collector {
        var merged = Collector(errors: scanner.errors)
        var line = scanner.firstDataLine
        var offset = scanner.dataStart
        for (part, result) in results.enumerated() {
            if offset != bounds[part] {
                // The previous part ran past this split (a quoted newline): scan the rest serially.
                var rest = Collector(errors: scanner.errors)
                _ = try scanner.scan(from: offset, to: scanner.fileSize, firstLine: line, visitor: &rest)
                merged.append(rest)
                return merged
            }
            if let error = result.error {
                if var error = error as? OilStatError, part > 0, let relative = error.line {
                    error.line = relative - 1 + line
                    throw error
                }
                throw error
            }
            merged.append(result.collector)
            offset = result.stop.offset
            line = part == 0 ? result.stop.line : line + result.stop.line - 1
        }
        return merged
    }
}
