import Foundation
import Testing

@testable import OilStatCore

/// The store's import session: the one way importers write figures (issue 9, item 1).
struct FigureImportSessionTests {
    private let month = Month(index: 2024 * 12) // 2024-01

    private func file(_ sha256: String, source: String = "JODI") -> ImportedFile {
        ImportedFile(
            name: "f.csv", format: "jodi", sha256: sha256, vintage: .undated, source: source,
            sourceDescription: "")
    }

    private func tally(read: Int) -> ImportTally { ImportTally(read: read, missing: 0, skipped: 0, seconds: 0) }

    /// The key of Saudi crude oil production in kb/d in `month`, resolved through the session.
    private func saudiCrude(_ session: borrowing FigureImportSession, _ month: Month) throws -> FigureKey {
        try FigureKey.checked(
            source: session.sourceID, producer: try session.producerID(code: "SA"), month: month,
            product: try session.codeID(.product, code: "CRUDEOIL"),
            flow: try session.codeID(.flow, code: "INDPROD"),
            unit: try session.codeID(.unit, code: "KBD"))
    }

    @Test func theSameFileIsImportedOnceAndItsBodyRunsOnce() throws {
        let database = try OilStatDatabase.inMemory()
        var runs = 0
        let first = try database.importFigures(file("abc")) { session in
            runs += 1
            try session.add(try saudiCrude(session, month), value: 9_000)
            return tally(read: 1)
        }
        let second = try database.importFigures(file("abc")) { _ in
            runs += 1
            return tally(read: 1)
        }
        #expect(runs == 1)
        #expect(!first.alreadyImported && second.alreadyImported)
        #expect(second.record == first.record)
        #expect(first.record.sha256 == "abc" && first.record.rowsRead == 1 && first.record.rowsStored == 1)
        #expect(try database.storedImport(sha256: "abc", format: "jodi") == first.record)
    }

    @Test func aFigureGivenTwiceNamesItsCodesAndLeavesNothing() throws {
        let database = try OilStatDatabase.inMemory()
        var caught: RepeatedFigureCodes?
        do {
            _ = try database.importFigures(file("abc"), rowsPerStatement: 2) { session in
                let key = try saudiCrude(session, month)
                try session.add(key, value: 9_000)
                try session.add(key, value: 9_100)
                return tally(read: 2)
            }
        } catch let error as RepeatedFigureCodes {
            caught = error
        }
        #expect(
            caught?.candidates == [
                FigureCodes(
                    producer: "SA", monthIndex: month.index, product: "CRUDEOIL",
                    flow: "INDPROD", unit: "KBD")
            ])
        #expect(try database.figureCount() == 0)
        #expect(try database.imports().isEmpty)
        #expect(try database.sources().isEmpty)
    }

    @Test func localKeysAreStoredUnderTheirCodes() throws {
        let database = try OilStatDatabase.inMemory()
        var expected: FigureKey?
        _ = try database.importFigures(file("abc")) { session in
            // The parser met NO first (local 0) and SA second (local 1); one product, flow and unit.
            try session.define(.producer, localID: 0, code: "NO")
            try session.define(.producer, localID: 1, code: "SA")
            try session.define(.product, localID: 0, code: "CRUDEOIL")
            try session.define(.flow, localID: 0, code: "INDPROD")
            try session.define(.unit, localID: 0, code: "KBD")
            let local = LocalFigureKey.pack(producer: 1, monthIndex: month.index, product: 0, flow: 0, unit: 0)
            try session.add(localKeys: [local], values: [9_000], assessments: [1])
            expected = try saudiCrude(session, month)
            return tally(read: 1)
        }
        let saudi = try #require(FigureKey.alpha2ProducerID("SA"))
        #expect(expected?.producer == saudi)
        #expect(try database.values(month: month, source: 1) == [saudi: 9_000])
    }

    @Test func parkedFiguresComeBackEvenWhenTheBodyDoesNotFinish() throws {
        let database = try OilStatDatabase.inMemory()
        // Source 1 (JODI) then source 2 (Other): Other's figures sort after every JODI key.
        for (sha, source, value) in [("a", "JODI", 1.0), ("b", "Other", 2.0)] {
            _ = try database.importFigures(file(sha, source: source)) { session in
                try session.add(try saudiCrude(session, month), value: value)
                try session.finishFigures(withdrawingIn: month.index...month.index, filter: ImportFilter())
                return tally(read: 1)
            }
        }
        let next = Month(index: month.index + 1)
        let outcome = try database.importFigures(file("c")) { session in
            try session.parkFollowingFigures(limit: 10)
            try session.add(try saudiCrude(session, next), value: 3)
            return tally(read: 1)
        }
        #expect(outcome.record.rowsStored == 1)
        #expect(try database.figureCount() == 3)
        #expect(try database.values(month: month, source: 2).values.sorted() == [2])
        #expect(try database.values(month: month, source: 1).values.sorted() == [1])
        #expect(try database.values(month: next, source: 1).values.sorted() == [3])
    }

    @Test(arguments: [0, -1, 10_923])
    func rowsPerStatementOutsideWhatSQLiteBindsIsAClearError(rows: Int) throws {
        let database = try OilStatDatabase.inMemory()
        #expect(throws: OilStatError(message: "rows per statement must be 1...10922, not \(rows)")) {
            try database.importFigures(file("abc"), rowsPerStatement: rows) { _ in tally(read: 0) }
        }
        #expect(try database.imports().isEmpty)
    }
}
