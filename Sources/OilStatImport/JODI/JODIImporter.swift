import Foundation
import OilStatCore

/// Imports a whole JODI Oil World Database CSV into the database, fast.
///
/// One thread parses (`JODIScanner`, no `String` per row) while the calling thread stores the figures through
/// the store's import session (`OilStatDatabase`: raw multi-row statements in one transaction that
/// is fsynced at commit, WAL with `synchronous = FULL`, a checkpoint after), so "stored" is only reported once the
/// figures are on disk. A second import waits for the first. Every figure keeps its product, flow, unit and
/// assessment code. Missing cells (`-`, `x`, `..`, empty) are counted, never stored; rows a filter rejects are
/// counted as skipped. Figures are keyed by `FigureKey`, so a changed file replaces its
/// figures; a file whose SHA-256 was imported before (with its figures still stored) is a no-op, checked
/// inside the write transaction, so the same file imported twice at once is recorded once.
/// A malformed file stores nothing and throws
/// `FILE:LINE: column 6 (OBS_VALUE): "abc" is not a number ...`.
public struct JODIImporter: Sendable {
    /// The options (source, vintage, filter, progress).
    public var options: ImportOptions
    /// Rows per `INSERT` statement (1...10,922).
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
        // The parser starts at once; it blocks after a few batches until the inserter takes them.
        let channel = BatchChannel(capacity: 8)
        let filter = options.filter
        let batchSize = self.batchSize
        DispatchQueue.global().async {
            let cpu = ThreadClock.cpuSeconds()
            defer {
                if timing {
                    ThreadClock.report(String(format: "parser thread %.3f s CPU", ThreadClock.cpuSeconds() - cpu))
                }
            }
            var builder = JODIBatchBuilder(
                errors: scanner.errors, filter: filter, channel: channel,
                batchSize: batchSize)
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
        let outcome: ImportOutcome
        do {
            let file = options.importedFile(name: displayName, path: path, format: .jodi, sha256: sha)
            outcome = try database.importFigures(file, rowsPerStatement: rowsPerStatement, pageCacheKiB: cacheKiB) {
                try store(
                    channel: channel, fileSize: scanner.fileSize, started: started, progress: progress,
                    timing: timing, into: &$0)
            }
        } catch let repeated as RepeatedFigureCodes {
            let found = try JODIDuplicateFinder.find(in: scanner, candidates: repeated.candidates, filter: filter)
            guard let found else { throw repeated.error(file: displayName) }
            throw OilStatError.duplicateFigure(
                file: displayName, line: found.second, firstLine: found.first,
                codes: found.codes)
        }
        if timing && !outcome.alreadyImported {
            ThreadClock.report(String(format: "total %.3f s wall", ImportProgress.now() - started))
        }
        return outcome
    }

    /// Stores the batches the parser sends through the import session; returns the parser's counts.
    private func store(
        channel: BatchChannel, fileSize: Int, started: Double, progress: ImportProgress,
        timing: Bool, into session: inout FigureImportSession
    ) throws -> ImportTally {
        // Few figures at or above this source's keys (bundled figures, other sources): park them,
        // so the load appends. Many (a re-import of a revised file): load among them.
        try session.parkFollowingFigures(limit: max(10_000, fileSize / 400))
        let insertCPU = ThreadClock.cpuSeconds()
        var waited = 0.0
        while true {
            let waitStart = timing ? ImportProgress.now() : 0
            guard let batch = channel.take() else { break }
            if timing { waited += ImportProgress.now() - waitStart }
            for code in batch.newCodes { try session.define(code.dimension, localID: code.localID, code: code.code) }
            try session.add(localKeys: batch.keys, values: batch.values, assessments: batch.assessments)
            progress.update(offset: batch.offset, rows: session.stored)
        }
        let counts = try channel.result.get()
        try session.finishFigures(withdrawingIn: counts.months, filter: options.filter)
        if timing {
            ThreadClock.report(
                String(
                    format: "insert thread %.3f s CPU, %.3f s waiting for the parser",
                    ThreadClock.cpuSeconds() - insertCPU, waited))
        }
        return ImportTally(
            read: counts.read, missing: counts.missing, skipped: counts.skipped,
            seconds: ImportProgress.now() - started)
    }
}
