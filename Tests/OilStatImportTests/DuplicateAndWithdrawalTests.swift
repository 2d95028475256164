import Foundation
import GRDB
import OilStatCore
import Testing

@testable import OilStatImport

/// One figure per key in a file (a repeat names both lines, stores nothing), and a newer file of a source
/// withdraws the figures it marks missing or leaves out (issue 8, probe items 8 and 9).
struct DuplicateAndWithdrawalTests {
    private let header = ImportTestSupport.jodiHeader

    /// The state a failed import must leave untouched: every figure and every ledger row.
    private func snapshot(_ database: OilStatDatabase) throws -> [String] {
        try database.queue.read { db in
            try String.fetchAll(db, sql: "SELECT id || ':' || value || ':' || importId FROM production_figure")
                + String.fetchAll(db, sql: "SELECT id || ':' || sha256 FROM import ORDER BY id")
        }
    }

    private func failure(_ body: () throws -> Void) -> String? {
        do { try body() } catch { return "\(error)" }
        return nil
    }

    @Test func jodiKeyGivenTwiceIsAnErrorNamingBothLines() throws {
        // The probe's jodi-duplicate-key.csv: `SA,202401` and `SA,2024-01` are one key.
        let path = try ImportTestSupport.temporaryFile(
            name: "dup.csv",
            header
                + "SA,2024-01,CRUDEOIL,INDPROD,KBD,1,1\nRU,2024-01,CRUDEOIL,INDPROD,KBD,9500,1\n"
                + "SA,202401,CRUDEOIL,INDPROD,KBD,2,1\n")
        let database = try OilStatDatabase.inMemory()
        let before = try snapshot(database)
        let message = failure { _ = try FileImporter.importFile(path: path, into: database) }
        #expect(
            message == "\(path):4: duplicate figure: SA 2024-01 CRUDEOIL INDPROD KBD is also on line 2 "
                + "(a file gives each figure once)")
        #expect(try snapshot(database) == before)
    }

    @Test func jodiRepeatFarApartInALargeFileIsFound() throws {
        var text = header
        for year in 2000...2024 {
            for month in 1...12 {
                text += "SA,\(year)-\(month < 10 ? "0" : "")\(month),CRUDEOIL,INDPROD,KBD,\(9000 + month),1\n"
            }
        }
        text += "SA,2003-07,CRUDEOIL,INDPROD,KBD,1,1\n"
        let path = try ImportTestSupport.temporaryFile(text)
        let database = try OilStatDatabase.inMemory()
        let importer = JODIImporter(options: ImportOptions())
        let message = failure { _ = try importer.importFile(path: path, into: database) }
        #expect(
            message == "\(path):302: duplicate figure: SA 2003-07 CRUDEOIL INDPROD KBD is also on line 44 "
                + "(a file gives each figure once)")
        #expect(try database.figureCount() == 0)
    }

    @Test func aRevisedJodiFileWithdrawsWhatItMarksMissingOrLeavesOut() throws {
        // The probe's jodi-revision-v1/v2: SA becomes `x`, IQ is dropped, RU is revised.
        let first = try ImportTestSupport.temporaryFile(
            name: "v1.csv",
            header
                + "SA,2025-01,CRUDEOIL,INDPROD,KBD,9000,1\nRU,2025-01,CRUDEOIL,INDPROD,KBD,9500,1\n"
                + "IQ,2025-01,CRUDEOIL,INDPROD,KBD,4000,1\nIQ,2024-12,CRUDEOIL,INDPROD,KBD,4100,1\n")
        let second = try ImportTestSupport.temporaryFile(
            name: "v2.csv",
            header
                + "SA,2025-01,CRUDEOIL,INDPROD,KBD,x,1\nRU,2025-01,CRUDEOIL,INDPROD,KBD,9600,1\n")
        let database = try OilStatDatabase.inMemory()
        _ = try FileImporter.importFile(path: first, into: database)
        let outcome = try FileImporter.importFile(path: second, into: database)
        #expect(outcome.record.rowsStored == 1 && outcome.record.rowsMissing == 1 && outcome.record.rowsWithdrawn == 2)
        #expect(outcome.summary.contains("2 withdrawn"))
        // IQ 2024-12 lies outside the new file's months (2025-01 only): it stands.
        #expect(
            try ImportTestSupport.figures(database) == [
                "RU 2025-01 CRUDEOIL INDPROD KBD": 9600, "IQ 2024-12 CRUDEOIL INDPROD KBD": 4100,
            ])
    }

    @Test func aFilteredImportWithdrawsOnlyInsideItsFilter() throws {
        let first = try ImportTestSupport.temporaryFile(
            name: "v1.csv",
            header
                + "SA,2025-01,CRUDEOIL,INDPROD,KBD,9000,1\nRU,2025-01,CRUDEOIL,INDPROD,KBD,9500,1\n")
        let second = try ImportTestSupport.temporaryFile(
            name: "v2.csv",
            header
                + "SA,2025-01,CRUDEOIL,INDPROD,KBD,x,1\nRU,2025-01,CRUDEOIL,INDPROD,KBD,x,1\n")
        let database = try OilStatDatabase.inMemory()
        _ = try FileImporter.importFile(path: first, into: database)
        var options = ImportOptions()
        options.filter = ImportFilter(producers: ["SA"])
        let outcome = try FileImporter.importFile(path: second, into: database, options: options)
        #expect(outcome.record.rowsWithdrawn == 1)
        #expect(try ImportTestSupport.figures(database) == ["RU 2025-01 CRUDEOIL INDPROD KBD": 9500])
    }

    @Test func eiaAPIRecordGivenTwiceIsAnError() throws {
        let record = """
            {"period":"2024-01","productId":"57","activityId":"1","countryRegionId":"SAU",\
            "countryRegionName":"Saudi Arabia","countryRegionTypeId":"c","value":"VALUE","unit":"TBPD"}
            """
        let json =
            "{\"response\":{\"data\":[" + record.replacingOccurrences(of: "VALUE", with: "9000") + ","
            + record.replacingOccurrences(of: "VALUE", with: "9100") + "]}}"
        let path = try ImportTestSupport.temporaryFile(name: "eia.json", json)
        let database = try OilStatDatabase.inMemory()
        let before = try snapshot(database)
        let message = failure { _ = try FileImporter.importFile(path: path, into: database) }
        #expect(
            message == "\(path): data[1]: duplicate figure: SAU 2024-01 CRUDECOND INDPROD KBD is also data[0] "
                + "(a file gives each figure once)")
        #expect(try snapshot(database) == before)
    }

    @Test func eiaBulkSeriesGivenTwiceIsAnErrorNamingBothLines() throws {
        let line = #"{"series_id":"INTL.57-1-SAU-TBPD.M","data":[["202401","9000"]]}"#
        let path = try ImportTestSupport.temporaryFile(name: "INTL.txt", line + "\n" + line + "\n")
        let database = try OilStatDatabase.inMemory()
        var options = ImportOptions()
        options.format = .eiaBulk
        let message = failure { _ = try FileImporter.importFile(path: path, into: database, options: options) }
        #expect(
            message == "\(path):2: duplicate figure: SAU 2024-01 CRUDECOND INDPROD KBD is also on line 1 "
                + "(a file gives each figure once)")
        #expect(try database.figureCount() == 0)
    }

    @Test func energyInstituteRowGivenTwiceIsAnErrorNamingBothLines() throws {
        let header = "Country,Year,ISO3166_alpha3,ISO3166_numeric,Region,SubRegion,OPEC,EU,OECD,CIS,Var,Value\n"
        let row = "Saudi Arabia,2018,SAU,682,Middle East,Middle East,1,0,0,0,oilprod_kbd,12261.1\n"
        let path = try ImportTestSupport.temporaryFile(name: "ei.csv", header + row + row)
        let database = try OilStatDatabase.inMemory()
        let message = failure { _ = try FileImporter.importFile(path: path, into: database) }
        #expect(
            message == "\(path):3: duplicate figure: SAU 2018 oilprod_kbd is also on line 2 "
                + "(a file gives each figure once)")
        let stored = try database.queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM annual_figure") }
        #expect(stored == 0)
    }

    @Test func aRevisedEnergyInstituteFileWithdrawsAYearItNoLongerGives() throws {
        let header = "Country,Year,ISO3166_alpha3,ISO3166_numeric,Region,SubRegion,OPEC,EU,OECD,CIS,Var,Value\n"
        let saudi = "Saudi Arabia,YEAR,SAU,682,Middle East,Middle East,1,0,0,0,oilprod_kbd,VALUE\n"
        func row(_ year: Int, _ value: String) -> String {
            saudi.replacingOccurrences(of: "YEAR", with: "\(year)").replacingOccurrences(of: "VALUE", with: value)
        }
        let first = try ImportTestSupport.temporaryFile(
            name: "ei1.csv", header + row(2017, "10954.0") + row(2018, "12261.1"))
        let second = try ImportTestSupport.temporaryFile(
            name: "ei2.csv", header + row(2017, "n/a") + row(2018, "12287.0"))
        let database = try OilStatDatabase.inMemory()
        _ = try FileImporter.importFile(path: first, into: database)
        let outcome = try FileImporter.importFile(path: second, into: database)
        #expect(outcome.record.rowsWithdrawn == 1)
        let stored = try database.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT year, value FROM annual_figure ORDER BY year").map {
                "\($0[0] as Int)=\($0[1] as Double)"
            }
        }
        #expect(stored == ["2018=12287.0"])
    }
}
