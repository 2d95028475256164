import Foundation
import GRDB
import OilStatCore

/// Imports a whole JODI Oil World Database CSV into the database, fast.
///
/// One thread parses (``JODIScanner``, no `String` per row) while the calling thread inserts into
/// `production_figure` through raw multi-row statements (`BulkFigureWriter`) in one transaction that is
/// fsynced at commit (`OilStatDatabase.write(_:pageCacheKiB:_:)`: WAL, `synchronous = FULL`, a
/// checkpoint after), so "stored" is only reported once the figures are on disk. A second import waits for
/// the first. Every figure keeps its product, flow, unit and assessment
/// code. Missing cells (`-`, `x`, `..`, empty) are counted, never stored; rows a filter rejects are
/// counted as skipped. Figures are keyed by `FigureKey`, so a changed file replaces its
/// figures; a file whose SHA-256 was imported before (with its figures still stored) is a no-op, checked
/// inside the write transaction, so the same file imported twice at once is recorded once.
/// A malformed file stores nothing and throws
/// `FILE:LINE: column 6 (OBS_VALUE): "abc" is not a number ...`.
public struct JODIImporter: Sendable {
    /// The options (source, vintage, filter, progress).
    public var options: ImportOptions
    /// Rows per `INSERT` statement.
    public var rowsPerStatement = 256
    /// Rows per batch handed between threads.
    public var batchSize = 16_384
    /// SQLite's page cache during the load, in KiB.
    public var cacheKiB = BulkLoadSettings.pageCacheKiB

    public init(options: ImportOptions = ImportOptions()) {
        self.options = options
    }

    /// Imports the JODI file at `path` into `database`.
    ///
    /// - Returns: the import's record, or the earlier one with `alreadyImported` when the file was imported before.
    public func importFile(path: String, into database: OilStatDatabase) throws -> ImportOutcome {
        let started = ImportProgress.now()
        let timing = ThreadClock.diagnosticsEnabled
        let displayName = options.displayName ?? path
        let scanner = try JODIScanner(path: path, displayName: displayName)
        let sourceName = options.source ?? ImportFormat.jodi.defaultSource
        // The parser starts at once; it blocks after a few batches until the inserter takes them.
        let channel = BatchChannel(capacity: 8)
        let filter = options.filter
        let batchSize = self.batchSize
        DispatchQueue.global().async {
            let cpu = ThreadClock.cpuSeconds()
            defer { if timing { ThreadClock.report(String(format: "parser thread %.3f s CPU", ThreadClock.cpuSeconds() - cpu)) } }
            var builder = JODIBatchBuilder(errors: scanner.errors, filter: filter, channel: channel, batchSize: batchSize)
            do {
                try scanner.scan(visitor: &builder)
                try builder.flush()
                channel.finish(.success(builder.counts))
            } catch {
                channel.finish(.failure(error))
            }
        }
        defer { channel.cancel() }
        let hashCPU = ThreadClock.cpuSeconds()
        let sha = try SHA256Hasher.hex(ofFile: path)
        if timing { ThreadClock.report(String(format: "sha256 %.3f s CPU", ThreadClock.cpuSeconds() - hashCPU)) }
        let progress = ImportProgress(enabled: options.progress, label: displayName, totalBytes: scanner.fileSize)
        defer { progress.finish() }
        let record: ImportRecord
        do {
            record = try store(channel: channel, scanner: scanner, sha: sha, sourceName: sourceName, started: started,
                               progress: progress, timing: timing, into: database)
        } catch let already as AlreadyImported {
            return ImportOutcome(record: already.record, alreadyImported: true)
        } catch let repeated as RepeatedFigureCodes {
            let found = try JODIDuplicateFinder.find(in: scanner, candidates: repeated.candidates, filter: filter)
            guard let found else { throw repeated.error(file: displayName) }
            throw OilStatError.duplicateFigure(file: displayName, line: found.second, firstLine: found.first,
                                               codes: found.codes)
        }
        if timing { ThreadClock.report(String(format: "total %.3f s wall", ImportProgress.now() - started)) }
        return ImportOutcome(record: record, alreadyImported: false)
    }

    /// Stores the batches the parser sends in one durable transaction; returns the completed import record.
    private func store(channel: BatchChannel, scanner: JODIScanner, sha: String, sourceName: String, started: Double,
                       progress: ImportProgress, timing: Bool, into database: OilStatDatabase) throws -> ImportRecord {
        let displayName = options.displayName ?? scanner.path
        return try database.write("cannot store the import of \(displayName)", pageCacheKiB: cacheKiB) { db in
            // The SHA-256 decides whether this is a re-import, under the write lock, before anything is written.
            if let prior = try ImportLedger.existing(sha256: sha, format: .jodi, in: db) {
                throw AlreadyImported(record: prior)
            }
            guard let sourceID = try OilStatDatabase.sourceID(named: sourceName,
                                                              description: ImportFormat.jodi.sourceDescription,
                                                              in: db) else {
                throw OilStatError(message: "no source \(sourceName)")
            }
            var current = try ImportLedger.begin(fileName: displayName, format: .jodi, vintage: options.vintage, in: db)
            var writer = try BulkFigureWriter(db: db, importID: current.id!, rowsPerStatement: rowsPerStatement)
            var dimensions = DimensionMap()
            let sourceBits = Int64(sourceID) << 52
            // Few figures at or above this source's keys (bundled figures, other sources): park them,
            // so the load appends. Many (a re-import of a revised file): load among them.
            let parked = try ParkedFigures.park(from: sourceBits, limit: max(10_000, scanner.fileSize / 400), in: db)
            let insertCPU = ThreadClock.cpuSeconds()
            var waited = 0.0
            while true {
                let waitStart = timing ? ImportProgress.now() : 0
                guard let batch = channel.take() else { break }
                if timing { waited += ImportProgress.now() - waitStart }
                for code in batch.newCodes { try dimensions.resolve(code, in: db) }
                do {
                    try add(batch, to: &writer, dimensions: dimensions, sourceBits: sourceBits)
                } catch let duplicate as DuplicateFigureKeys {
                    throw RepeatedFigureCodes(candidates: try duplicate.codes(in: db))
                }
                progress.update(offset: batch.offset, rows: writer.stored)
            }
            let counts = try channel.result.get()
            do { try writer.finish() } catch let duplicate as DuplicateFigureKeys {
                throw RepeatedFigureCodes(candidates: try duplicate.codes(in: db))
            }
            try parked?.restore(in: db)
            let withdrawn = try FigureWithdrawal.withdraw(source: sourceID, months: counts.months,
                                                          importID: current.id!, format: .jodi,
                                                          filter: options.filter, in: db)
            if timing {
                ThreadClock.report(String(format: "insert thread %.3f s CPU, %.3f s waiting for the parser",
                                          ThreadClock.cpuSeconds() - insertCPU, waited))
            }
            try ImportLedger.complete(&current, sha256: sha, counts: counts, stored: writer.stored,
                                      withdrawn: withdrawn, seconds: ImportProgress.now() - started, in: db)
            return current
        }
    }

    /// Packs a batch's local keys into figure keys and hands the figures to the writer.
    private func add(_ batch: FigureBatch, to writer: inout BulkFigureWriter, dimensions: DimensionMap,
                     sourceBits: Int64) throws {
        try batch.keys.withUnsafeBufferPointer { keys in
            try batch.values.withUnsafeBufferPointer { values in
                try batch.assessments.withUnsafeBufferPointer { assessments in
                    for index in 0..<keys.count {
                        try writer.add(key: dimensions.figureKey(local: keys[index], sourceBits: sourceBits),
                                       value: values[index], assessment: assessments[index])
                    }
                }
            }
        }
    }
}
