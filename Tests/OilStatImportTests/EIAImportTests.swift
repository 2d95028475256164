import Foundation
import GRDB
import OilStatCore
import Testing

@testable import OilStatImport

struct EIAImportTests {
    /// A database with the bundled producers (alpha-2 codes with their alpha-3 codes).
    private func bundledDatabase() throws -> OilStatDatabase {
        let database = try OilStatDatabase.inMemory()
        _ = try BundledData(directory: ImportTestSupport.repository.appendingPathComponent("Data")).loadIfNeeded(
            into: database)
        return database
    }

    @Test func realAngolaRowParses() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: ImportTestSupport.fixture("eia_api_angola_1973.json")))
        let parsed = try EIAParser.parseAPI(data, fileName: "angola.json")
        #expect(parsed.read == 1 && parsed.unmapped == 0)
        #expect(
            parsed.figures == [
                ParsedFigure(
                    producer: .alpha3("AGO", name: "Angola"), month: Month(year: 1973, month: 1)!,
                    product: "CRUDECOND", flow: "INDPROD", unit: "KBD", value: 162,
                    position: 0)
            ])
    }

    @Test func realAngolaRowIsStoredUnderTheAlpha2Producer() throws {
        let database = try bundledDatabase()
        let outcome = try FileImporter.importFile(
            path: ImportTestSupport.fixture("eia_api_angola_1973.json"), into: database)
        #expect(outcome.record.format == "eia-api" && outcome.record.rowsStored == 1)
        let row = try database.queue.read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT source, producer, month, product, flow, unit, value FROM production WHERE importId = ?",
                arguments: [outcome.record.id])
        }
        #expect(row?["producer"] == "AO")
        #expect(row?["month"] == "1973-01")
        #expect(row?["product"] == "CRUDECOND")
        #expect(row?["unit"] == "KBD")
        #expect(row?["value"] == 162.0)
        #expect(
            try FileImporter.importFile(path: ImportTestSupport.fixture("eia_api_angola_1973.json"), into: database)
                .alreadyImported)
    }

    @Test(arguments: ["--", "NA", "ie", "", "-"])
    func missingMarkers(_ marker: String) {
        #expect(EIASeriesCodes.value(marker) == .missing)
    }

    @Test func nullIsMissingAndNumbersAreNumbers() {
        #expect(EIASeriesCodes.value(nil) == .missing)
        #expect(EIASeriesCodes.value(NSNull()) == .missing)
        #expect(EIASeriesCodes.value("162") == .number(162))
        #expect(EIASeriesCodes.value(NSNumber(value: 8956.5)) == .number(8956.5))
        #expect(EIASeriesCodes.value("1O2") == .invalid("1O2"))
    }

    @Test func syntheticAPIRowsRegionsAndMarkers() throws {
        let database = try bundledDatabase()
        let outcome = try FileImporter.importFile(
            path: ImportTestSupport.fixture("eia_api_synthetic.json"), into: database)
        #expect(outcome.record.rowsRead == 10)
        #expect(outcome.record.rowsMissing == 4) // --, null, NA, ie
        #expect(outcome.record.rowsSkipped == 1) // activity 2
        #expect(outcome.record.rowsStored == 5)
        let rows = try database.queue.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT f.producer, f.product, f.value, p.kind FROM production f JOIN producer p ON p.code = f.producer
                    WHERE f.importId = ? ORDER BY f.producer, f.product
                    """, arguments: [outcome.record.id]
            ).map { "\($0[0] as String) \($0[1] as String) \($0[2] as Double) \($0[3] as String)" }
        }
        #expect(
            rows == [
                "OPEC CRUDECOND 27000.0 aggregate", "SA CRUDECOND 9000.5 country", "SA TOTLIQ 10500.0 country",
                "WORL CRUDECOND 76000.0 aggregate", "ZZZ CRUDECOND 0.0 country",
            ])
        let unknown = try database.queue.read { db in
            try Int.fetchOne(db, sql: "SELECT id FROM producer WHERE code = 'ZZZ'")
        }
        #expect((unknown ?? 0) >= FigureKey.firstOtherProducerID)
    }

    @Test func bulkLinesMonthlySeriesOnly() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: ImportTestSupport.fixture("eia_bulk_synthetic.txt")))
        let parsed = try EIAParser.parseBulk(data, fileName: "INTL.txt")
        #expect(parsed.read == 7)
        #expect(parsed.unmapped == 3) // the annual series (2 values) and the unmapped product (1)
        #expect(parsed.figures.count == 4)
        #expect(parsed.figures.filter { $0.value == nil }.count == 1)
        #expect(
            parsed.figures.first
                == ParsedFigure(
                    producer: .alpha3("SAU", name: nil), month: Month(year: 2024, month: 3)!,
                    product: "CRUDECOND", flow: "INDPROD", unit: "KBD", value: 9010,
                    position: 1))
        #expect(parsed.figures.last?.producer == .aggregate("WORL", name: nil))
        let database = try bundledDatabase()
        let outcome = try FileImporter.importFile(
            path: ImportTestSupport.fixture("eia_bulk_synthetic.txt"), into: database)
        #expect(outcome.record.format == "eia-bulk")
        #expect(outcome.record.rowsStored == 3 && outcome.record.rowsMissing == 1 && outcome.record.rowsSkipped == 3)
    }

    @Test func seriesIDs() {
        #expect(EIAParser.SeriesID("INTL.57-1-SAU-TBPD.M") != nil)
        #expect(EIAParser.SeriesID("INTL.57-1-SAU-TBPD.M")?.region == "SAU")
        #expect(EIAParser.SeriesID("NG.RL2R04SOK_1.A") == nil)
    }

    @Test func badValueNamesTheRow() throws {
        let path = try ImportTestSupport.temporaryFile(
            name: "api.json",
            """
            {"response":{"data":[{"period":"2024-01","productId":"57","activityId":"1","countryRegionId":"SAU","countryRegionTypeId":"c","value":"9O00","unit":"TBPD"}]}}
            """)
        let error = #expect(throws: OilStatError.self) {
            try FileImporter.importFile(path: path, into: try OilStatDatabase.inMemory())
        }
        #expect(error?.description == "\(path): data[0].value: \"9O00\" is not a number")
    }
}
