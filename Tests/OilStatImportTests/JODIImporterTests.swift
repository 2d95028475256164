import Foundation
import GRDB
import OilStatCore
import Testing

@testable import OilStatImport

struct JODIImporterTests {
    private let sample = ImportTestSupport.fixture("jodi_openbb_sample.csv")

    private func importSample(_ database: OilStatDatabase, options: ImportOptions = ImportOptions()) throws
        -> ImportOutcome
    {
        try JODIImporter(options: options).importFile(path: sample, into: database)
    }

    @Test func realRowsAreStoredWithTheirCodesAndCounted() throws {
        let database = try OilStatDatabase.inMemory()
        let outcome = try importSample(database)
        #expect(!outcome.alreadyImported)
        #expect(outcome.record.rowsRead == 15)
        #expect(outcome.record.rowsMissing == 3) // x, -, -
        #expect(outcome.record.rowsStored == 12)
        #expect(outcome.record.rowsSkipped == 0)
        #expect(outcome.record.format == "jodi")
        #expect(outcome.record.sha256 == (try SHA256Hasher.hex(ofFile: sample)))
        let figures = try ImportTestSupport.figures(database)
        #expect(figures.count == 12)
        #expect(figures["SA 2024-01 CRUDEOIL INDPROD KBD"] == 8956)
        #expect(figures["US 2024-01 CRUDEOIL STATDIFF KBD"] == -422.4194)
        #expect(figures["RU 2024-01 CRUDEOIL INDPROD CONVBBL"] == 7356)
        #expect(figures["RU 2024-01 CRUDEOIL INDPROD KBD"] == nil) // `-`: missing, not zero
        #expect(figures["SA 2024-01 CRUDEOIL CLOSTLV KBD"] == nil) // `x`
        let assessment = try database.queue.read { db in
            try Int.fetchOne(
                db,
                sql:
                    "SELECT assessment FROM production WHERE producer = 'SA' AND month = '2024-01' AND unit = 'CONVBBL'"
            )
        }
        #expect(assessment == 3)
    }

    @Test func kbdIsKbblOverTheDaysOfTheMonth() throws {
        let database = try OilStatDatabase.inMemory()
        _ = try importSample(database)
        let f = try ImportTestSupport.figures(database)
        let jan = Month(year: 2024, month: 1)!
        let feb = Month(year: 2024, month: 2)!
        #expect(feb.days == 29)
        // SA Jan 2024: 277636 / 31 = 8956; SA Feb 2024 (leap year): 261319 / 29 = 9011.
        #expect(f["SA 2024-01 CRUDEOIL INDPROD KBBL"]! / Double(jan.days) == f["SA 2024-01 CRUDEOIL INDPROD KBD"]!)
        #expect(f["SA 2024-02 CRUDEOIL INDPROD KBBL"]! / Double(feb.days) == f["SA 2024-02 CRUDEOIL INDPROD KBD"]!)
        #expect(ProductionUnit.kbbl.toKBD(261319, in: feb) == 9011)
        #expect(abs(f["US 2024-01 CRUDEOIL INDPROD KBBL"]! / 31 - f["US 2024-01 CRUDEOIL INDPROD KBD"]!) < 0.0001)
        #expect(abs(f["US 2024-02 CRUDEOIL INDPROD KBD"]! * 29 - 379960) < 0.01)
        // KL ≈ KBBL × 0.158987 (JODI's own factor differs in the 6th digit: 277636 × 0.158987 = 44140.83
        // against the file's 44140.6722); CONVBBL = KBBL × 1000 / KTONS.
        #expect(
            abs(f["SA 2024-01 CRUDEOIL INDPROD KBBL"]! * 0.158987 / f["SA 2024-01 CRUDEOIL INDPROD KL"]! - 1) < 1e-5)
        #expect(
            abs(
                f["SA 2024-01 CRUDEOIL INDPROD KBBL"]! * 1000 / f["SA 2024-01 CRUDEOIL INDPROD KTONS"]! - f[
                    "SA 2024-01 CRUDEOIL INDPROD CONVBBL"]!) < 0.5)
    }

    @Test func namibiaAndGenuineZeros() throws {
        let database = try OilStatDatabase.inMemory()
        let path = try ImportTestSupport.temporaryFile(
            ImportTestSupport.jodiHeader
                + "NA,2024-01,CRUDEOIL,INDPROD,KBD,0.0000,1\nNA,2024-02,CRUDEOIL,INDPROD,KBD,,1\n")
        let outcome = try JODIImporter().importFile(path: path, into: database)
        #expect(outcome.record.rowsStored == 1 && outcome.record.rowsMissing == 1)
        #expect(try ImportTestSupport.figures(database) == ["NA 2024-01 CRUDEOIL INDPROD KBD": 0])
        let id = try database.queue.read { db in try Int.fetchOne(db, sql: "SELECT id FROM producer WHERE code = 'NA'")
        }
        #expect(id == FigureKey.alpha2ProducerID("NA"))
    }

    @Test func badNumberStoresNothingAndNamesTheCell() throws {
        let database = try OilStatDatabase.inMemory()
        _ = try importSample(database)
        let before = try ImportTestSupport.figures(database)
        let imports = try database.imports().count
        var text = ImportTestSupport.jodiHeader
        for month in 1...9 { text += "SA,2023-0\(month),CRUDEOIL,INDPROD,KBD,\(9000 + month).0,1\n" }
        text += "SA,2024-01,CRUDEOIL,INDPROD,KBD,12,1\nSA,2023-10,CRUDEOIL,INDPROD,KBD,9 010,1\n"
        let path = try ImportTestSupport.temporaryFile(name: "bad.csv", text)
        // Tiny batches and statements, so figures are written before the bad row is met: all must roll back.
        var importer = JODIImporter()
        importer.batchSize = 2
        importer.rowsPerStatement = 3
        let error = #expect(throws: OilStatError.self) { try importer.importFile(path: path, into: database) }
        #expect(
            error?.description
                == "\(path):12: column 6 (OBS_VALUE): \"9 010\" is not a number (missing values are -, x, .. or empty)")
        #expect(try ImportTestSupport.figures(database) == before)
        #expect(try database.imports().count == imports)
    }

    @Test(arguments: [
        (
            "SA,2024-13,CRUDEOIL,INDPROD,KBD,1,1",
            "column 2 (TIME_PERIOD): \"2024-13\" is not a month (YYYY-MM or YYYYMM)"
        ),
        (
            "SA,2024-01,CRUDEOIL,INDPROD,KBD,1,one",
            "column 7 (ASSESSMENT_CODE): \"one\" is not an assessment code (an integer such as 1)"
        ),
        (",2024-01,CRUDEOIL,INDPROD,KBD,1,1", "column 1 (REF_AREA): empty REF_AREA"),
        ("SA,2024-01,CRUDEOIL,INDPROD,KBD,1", "expected 7 fields (as in the header), found 6"),
        // Issue 8, the probe's inputs.
        ("SA,9999-12,CRUDEOIL,INDPROD,KBD,1,1", "column 2 (TIME_PERIOD): \"9999-12\" is outside 1900-01...2200-12"),
        (
            "SA,2024-01,CRUDEOIL,INDPROD,KBD,-5000,1",
            "column 6 (OBS_VALUE): \"-5000\" is below 0: INDPROD figures cannot be negative"
        ),
        (
            "SA,2024-01,CRUDEOIL,INDPROD,KBD,1e308,1",
            "column 6 (OBS_VALUE): \"1e308\" is above 50,000, the largest plausible KBD INDPROD figure for one country"
        ),
        (
            "SA,2024-01,CRUDEOIL,INDPROD,KBBL,9999999999999999999999999999999999999999,1",
            "column 6 (OBS_VALUE): \"9999999999999999999999999999999999999999\" is above 1,550,000, the largest plausible KBBL INDPROD figure for one country"
        ),
        (
            "SA,2024-01,CRUDEOIL,STOCKCH,KBBL,-2000000,1",
            "column 6 (OBS_VALUE): \"-2000000\" is below -1,550,000, the smallest plausible KBBL STOCKCH figure for one country"
        ),
        (
            "SA,2024-01,CRUDEOIL,INDPROD,KBD,0x10,1",
            "column 6 (OBS_VALUE): \"0x10\" is not a number (missing values are -, x, .. or empty)"
        ),
        (
            "S\u{0}A,2024-01,CRUDEOIL,INDPROD,KBD,1,1",
            "column 1 (REF_AREA): \"S\\u{0}A\" is not a REF_AREA code (REF_AREA is an ISO 3166 alpha-2 code: two capital letters)"
        ),
        (
            "sa,2024-01,CRUDEOIL,INDPROD,KBD,1,1",
            "column 1 (REF_AREA): \"sa\" is not a REF_AREA code (REF_AREA is an ISO 3166 alpha-2 code: two capital letters)"
        ),
        (
            " SA,2024-01,CRUDEOIL,INDPROD,KBD,1,1",
            "column 1 (REF_AREA): \" SA\" is not a REF_AREA code (REF_AREA is an ISO 3166 alpha-2 code: two capital letters)"
        ),
        (
            "SA,2024-01,CRUDE\u{0}OIL,INDPROD,KBD,1,1",
            "column 3 (ENERGY_PRODUCT): \"CRUDE\\u{0}OIL\" is not a ENERGY_PRODUCT code (JODI codes are 1 to 16 capital letters, digits or _)"
        ),
    ])
    func malformedRowsAreExactErrors(_ row: String, _ message: String) throws {
        let database = try OilStatDatabase.inMemory()
        let path = try ImportTestSupport.temporaryFile(
            ImportTestSupport.jodiHeader + "SA,2023-12,CRUDEOIL,INDPROD,KBD,1,1\n" + row + "\n")
        let error = #expect(throws: OilStatError.self) { try JODIImporter().importFile(path: path, into: database) }
        #expect(error?.description == "\(path):3: \(message)")
        #expect(try database.figureCount() == 0)
    }

    @Test func reimportIsANoOpAndAChangedFileReplaces() throws {
        let database = try OilStatDatabase.inMemory()
        let first = try importSample(database)
        let count = try database.figureCount()
        let second = try importSample(database)
        #expect(second.alreadyImported)
        #expect(second.record.id == first.record.id)
        #expect(second.record.rowsStored == first.record.rowsStored && second.record.rowsRead == first.record.rowsRead)
        #expect(try database.figureCount() == count)
        #expect(try database.imports().count == 1)
        // A revised file (one value changed) replaces figures, never duplicates them.
        let revised = try String(contentsOfFile: sample, encoding: .utf8).replacingOccurrences(
            of: "8956.0000", with: "8957.0000")
        let path = try ImportTestSupport.temporaryFile(name: "revised.csv", revised)
        let april = try PublicationDate(parsing: "2124-04-15")
        let third = try JODIImporter(options: ImportOptions(vintage: april)).importFile(path: path, into: database)
        #expect(!third.alreadyImported && third.record.rowsStored == 12 && third.record.vintage == "2124-04-15")
        // Only the changed figure is written; the earlier value is kept as a revision.
        #expect(third.record.counts == VintageCounts(revised: 1, unchanged: 11))
        #expect(try database.figureCount() == count)
        #expect(try ImportTestSupport.figures(database)["SA 2024-01 CRUDEOIL INDPROD KBD"] == 8957)
    }

    @Test func filtersCountSkippedRows() throws {
        let database = try OilStatDatabase.inMemory()
        let filter = ImportFilter(products: ["CRUDEOIL"], flows: ["INDPROD"], units: ["KBD"])
        let outcome = try importSample(database, options: ImportOptions(source: "JODI test", filter: filter))
        #expect(outcome.record.rowsRead == 15)
        #expect(outcome.record.rowsStored == 4) // SA ×2, US ×2
        #expect(outcome.record.rowsSkipped == 10)
        #expect(outcome.record.rowsMissing == 1) // RU KBD `-`
        #expect(try ImportTestSupport.figures(database, source: "JODI test").count == 4)
    }

    @Test func unknownCodesGetTheNextFreeIds() throws {
        let database = try OilStatDatabase.inMemory()
        let path = try ImportTestSupport.temporaryFile(
            ImportTestSupport.jodiHeader + "SA,2024-01,BIOFUEL,BLENDING,MTOE,1.5,1\n")
        _ = try JODIImporter().importFile(path: path, into: database)
        let ids = try database.queue.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT id FROM product WHERE code = 'BIOFUEL'"),
                try Int.fetchOne(db, sql: "SELECT id FROM flow WHERE code = 'BLENDING'"),
                try Int.fetchOne(db, sql: "SELECT id FROM unit WHERE code = 'MTOE'")
            )
        }
        #expect(ids.0 == (Product.builtIn.map(\.id).max() ?? 0) + 1)
        #expect(ids.1 == Flow.builtIn.count + 1)
        #expect(ids.2 == UnitCode.builtIn.count + 1)
        #expect(try ImportTestSupport.figures(database) == ["SA 2024-01 BIOFUEL BLENDING MTOE": 1.5])
    }

    @Test func figuresSortingAfterTheLoadAreKeptOrReplaced() throws {
        let database = try OilStatDatabase.inMemory()
        let saudi = FigureKey.alpha2ProducerID("SA")!
        try database.queue.write { db in
            let jodi = try OilStatDatabase.sourceID(named: "JODI", in: db)!
            let other = try OilStatDatabase.sourceID(named: "Other", in: db)!
            let insert = "INSERT INTO production_figure (id, value, importId) VALUES (?, ?, 99)"
            let sameKey = FigureKey(
                source: jodi, producer: saudi, month: Month(year: 2024, month: 1)!, product: 1, flow: 1, unit: 1)
            let laterKey = FigureKey(
                source: jodi, producer: saudi, month: Month(year: 2030, month: 1)!, product: 1, flow: 1, unit: 1)
            let otherKey = FigureKey(
                source: other, producer: saudi, month: Month(year: 2024, month: 1)!, product: 1, flow: 1, unit: 1)
            for (key, value) in [(sameKey, 1.0), (laterKey, 2.0), (otherKey, 3.0)] {
                try db.execute(sql: insert, arguments: [key.rawValue, value])
            }
        }
        _ = try importSample(database)
        #expect(try database.figureCount() == 12 + 2)
        let jodi = try ImportTestSupport.figures(database)
        #expect(jodi["SA 2024-01 CRUDEOIL INDPROD KBD"] == 8956) // replaced by the file
        #expect(jodi["SA 2030-01 CRUDEOIL INDPROD KBD"] == 2) // kept
        #expect(try ImportTestSupport.figures(database, source: "Other") == ["SA 2024-01 CRUDEOIL INDPROD KBD": 3])
    }

    @Test func bulkLoadSettingsAreRestored() throws {
        let folder = try ImportTestSupport.temporaryFolder()
        let database = try OilStatDatabase(path: folder.appendingPathComponent("t.sqlite").path)
        let before = try database.queue.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA synchronous"), try Int.fetchOne(db, sql: "PRAGMA cache_size"))
        }
        _ = try importSample(database)
        let after = try database.queue.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA synchronous"), try Int.fetchOne(db, sql: "PRAGMA cache_size"))
        }
        #expect(before.0 == after.0 && before.1 == after.1)
    }
}
