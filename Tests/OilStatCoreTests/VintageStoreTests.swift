import Foundation
import GRDB
import Testing

@testable import OilStatCore

/// Vintages (issue 10, item 2): every published value is kept, with the day it was published; the latest is the
/// current row, earlier ones are revisions valid over [vintage, supersededBy).
struct VintageStoreTests {
    private static let saudiID = FigureKey.alpha2ProducerID("SA")!
    private let january = Month(index: 2024 * 12)
    private var february: Month { january.adding(1) }

    private func day(_ text: String) throws -> PublicationDate { try PublicationDate(parsing: text) }

    /// Imports Saudi crude figures `values` as one release of `vintage` (a JODI-like file: it withdraws the
    /// figures of earlier releases in its months that it leaves out).
    @discardableResult
    private func release(
        _ database: OilStatDatabase, _ sha: String, _ vintage: String, _ values: [Month: Double],
        months: ClosedRange<Int>? = nil
    ) throws -> ImportOutcome {
        let file = ImportedFile(
            name: "\(sha).csv", format: "jodi", sha256: sha, vintage: try day(vintage), source: "JODI",
            sourceDescription: "")
        return try database.importFigures(file) { session in
            // As the JODI importer does: the source's few figures are parked during the load, and changes to them
            // are applied when they are back.
            try session.parkFollowingFigures(limit: 10_000)
            for (month, value) in values.sorted(by: { $0.key < $1.key }) {
                let key = try FigureKey.checked(
                    source: session.sourceID, producer: try session.producerID(code: "SA"), month: month,
                    product: try session.codeID(.product, code: "CRUDEOIL"),
                    flow: try session.codeID(.flow, code: "INDPROD"), unit: try session.codeID(.unit, code: "KBD"))
                try session.add(key, value: value)
            }
            let span = months ?? (values.keys.map(\.index).min()!...values.keys.map(\.index).max()!)
            try session.finishFigures(withdrawingIn: span, filter: ImportFilter())
            return ImportTally(read: values.count, missing: 0, skipped: 0, seconds: 0)
        }
    }

    private func saudi(_ database: OilStatDatabase, _ month: Month) throws -> [Double?] {
        let source = try database.source(named: "JODI").id
        return [try database.series(producer: Self.saudiID, from: month, to: month, source: source)[month]]
    }

    private func versions(_ database: OilStatDatabase, _ month: Month) throws -> [FigureVersion] {
        let source = try database.source(named: "JODI").id
        return try database.figureVersions(
            FigureSelection(source: source, producer: Self.saudiID, from: month, through: month))
    }

    private func revisionRows(_ database: OilStatDatabase) throws -> Int {
        try database.queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM figure_revision") ?? 0 }
    }

    @Test func publicationDatesAreCheckedDays() throws {
        #expect(try day("2017-04-12").rawValue == 2017_04_12)
        #expect(try day("2024-02-29").description == "2024-02-29")
        for bad in ["2023-02-29", "2017-4-12", "2017-13-01", "20170412", "1899-12-31", "2201-01-01", ""] {
            #expect(throws: OilStatError.self) { try PublicationDate(parsing: bad) }
        }
        #expect(try PublicationDate.undated < (try day("1900-01-01")))
    }

    @Test func firstImportThenAnIdenticalReleaseWritesNothing() throws {
        let database = try OilStatDatabase.inMemory()
        let first = try release(database, "a", "2024-03-15", [january: 9_000, february: 9_100])
        #expect(first.record.counts == VintageCounts(new: 2))
        #expect(first.record.vintage == "2024-03-15")
        let same = try release(database, "b", "2024-04-15", [january: 9_000, february: 9_100])
        #expect(same.record.counts == VintageCounts(unchanged: 2))
        #expect(try revisionRows(database) == 0)
        // The value was first published on 2024-03-15: that stays its vintage.
        #expect(try versions(database, january).map(\.vintage) == [try day("2024-03-15")])
    }

    @Test func aRevisedReleaseAddsOnlyTheChangedFigureWithItsValidity() throws {
        let database = try OilStatDatabase.inMemory()
        try release(database, "a", "2024-03-15", [january: 9_000, february: 9_100])
        let revised = try release(database, "b", "2024-04-15", [january: 9_050, february: 9_100])
        #expect(revised.record.counts == VintageCounts(revised: 1, unchanged: 1))
        #expect(try revisionRows(database) == 1)
        let history = try versions(database, january)
        #expect(history.map(\.value) == [9_000, 9_050])
        #expect(try history[0].vintage == (try day("2024-03-15")) && history[0].supersededBy == (try day("2024-04-15")))
        #expect(try history[1].vintage == (try day("2024-04-15")) && history[1].supersededBy == nil)
        // As of each side of the revision date.
        #expect(try saudi(database.asOf(try day("2024-04-14")), january) == [9_000])
        #expect(try saudi(database.asOf(try day("2024-04-15")), january) == [9_050])
        #expect(try saudi(database.asOf(try day("2024-03-14")), january) == [nil])
        #expect(try saudi(database, january) == [9_050])
        let source = try database.source(named: "JODI").id
        #expect(try database.asOf(try day("2024-04-01")).values(month: january, source: source)[Self.saudiID] == 9_000)
        let diff = try database.largestRevisions(importID: revised.record.id!)
        #expect(diff.map(\.before) == [9_000] && diff.map(\.after) == [9_050])
    }

    @Test func aCorrectedFileOfTheSameVintageReplaces() throws {
        let database = try OilStatDatabase.inMemory()
        try release(database, "a", "2024-03-15", [january: 9_000])
        let corrected = try release(database, "b", "2024-03-15", [january: 9_001])
        #expect(corrected.record.counts == VintageCounts(replaced: 1))
        #expect(try revisionRows(database) == 0)
        #expect(try saudi(database, january) == [9_001])
    }

    @Test func anOlderReleaseImportedLateGoesIntoTheHistory() throws {
        let database = try OilStatDatabase.inMemory()
        try release(database, "new", "2024-05-15", [january: 9_100])
        let old = try release(database, "old", "2024-03-15", [january: 9_000])
        #expect(old.record.counts == VintageCounts(new: 1))
        #expect(try saudi(database, january) == [9_100])
        let history = try versions(database, january)
        #expect(history.map(\.value) == [9_000, 9_100])
        #expect(try history[0].supersededBy == (try day("2024-05-15")))
        #expect(try saudi(database.asOf(try day("2024-04-01")), january) == [9_000])
        // The same value published earlier than known extends the later version back.
        try release(database, "older", "2024-02-15", [january: 9_000])
        #expect(try versions(database, january).map(\.vintage) == [try day("2024-02-15"), try day("2024-05-15")])
    }

    @Test func aWithdrawnFigureIsKeptAndCanReappear() throws {
        let database = try OilStatDatabase.inMemory()
        try release(database, "a", "2024-03-15", [january: 9_000, february: 9_100])
        let withdrawing = try release(
            database, "b", "2024-04-15", [february: 9_100], months: january.index...february.index)
        #expect(withdrawing.record.counts == VintageCounts(unchanged: 1, withdrawn: 1))
        #expect(try saudi(database, january) == [nil])
        #expect(try saudi(database.asOf(try day("2024-04-01")), january) == [9_000])
        let back = try release(database, "c", "2024-05-15", [january: 9_020, february: 9_100])
        #expect(back.record.counts == VintageCounts(new: 1, unchanged: 1))
        let history = try versions(database, january)
        #expect(history.map(\.value) == [9_000, 9_020])
        #expect(try history[0].supersededBy == (try day("2024-04-15")))
        #expect(try saudi(database.asOf(try day("2024-05-01")), january) == [nil])
    }

    @Test func aVersion3DatabaseMigratesWithItsFiguresUndated() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oilstat-v3-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("v3.sqlite").path
        let key = FigureKey(
            source: 1, producer: Self.saudiID, month: january, product: Product.crude.id, flow: Flow.production.id,
            unit: UnitCode.kbd.id)
        do {
            let queue = try DatabaseQueue(path: path)
            try OilStatSchema.migrator.migrate(queue, upTo: "v3: withdrawn figures per import")
            try queue.write { db in
                try db.execute(sql: "INSERT INTO source (id, name) VALUES (1, 'JODI')")
                try db.execute(
                    sql: """
                        INSERT INTO import (id, fileName, sha256, format, importedAt) VALUES (1, 'f', 'x', 'jodi', '');
                        INSERT INTO production_figure (id, value, importId) VALUES (?, 9000, 1)
                        """, arguments: [key.rawValue])
            }
        }
        let database = try OilStatDatabase(path: path)
        #expect(try saudi(database, january) == [9_000])
        #expect(try versions(database, january).map(\.vintage) == [.undated])
        #expect(try saudi(database.asOf(try day("1900-01-01")), january) == [9_000])
    }
}
