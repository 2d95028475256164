import Foundation
import OilStatCore
import Testing

@testable import OilStatImport

struct EnergyInstituteParserTests {
    private func parse(_ name: String) throws -> EnergyInstituteParser.Result {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: ImportTestSupport.fixture(name))))
        return try EnergyInstituteParser.parse(bytes: bytes, fileName: name)
    }

    @Test func semicolonsAndDecimalCommas() throws {
        let result = try parse("ei_narrow_semicolon.csv")
        #expect(result.separator == ";" && result.decimalComma)
        #expect(result.figures.count == 5)
        #expect(
            result.figures[0]
                == AnnualFigure(
                    country: "Saudi Arabia", alpha3: "SAU", year: 2016, variable: "oilprod_mt",
                    value: 586.7122092, line: 2))
        let us = result.figures.filter { $0.alpha3 == "USA" }
        let change = try #require(EnergyInstituteParser.percentChange(from: us[0].value!, to: us[1].value!))
        #expect((change * 100).rounded() / 100 == 16.62) // US 2018 vs 2017 = +16.62%
    }

    @Test func commasAndTotals() throws {
        let result = try parse("ei_narrow_comma.csv")
        #expect(result.separator == "," && !result.decimalComma)
        let semicolon = try parse("ei_narrow_semicolon.csv")
        #expect(Array(result.figures.prefix(5)) == semicolon.figures)
        let total = try #require(result.figures.last)
        #expect(total.isAggregate && total.value == nil && total.alpha3 == nil)
    }

    @Test func missingColumnAndBadNumber() throws {
        let error = #expect(throws: OilStatError.self) {
            try EnergyInstituteParser.parse(bytes: Array("Country,Year,Value\nUS,2018,1\n".utf8), fileName: "ei.csv")
        }
        #expect(error?.field == "header")
        let bad = #expect(throws: OilStatError.self) {
            try EnergyInstituteParser.parse(
                bytes: Array("Country,Year,ISO3166_alpha3,Var,Value\nUS,2018,USA,oilprod_kbd,1O\n".utf8),
                fileName: "ei.csv")
        }
        #expect(bad?.description == "ei.csv:2: column 5 (Value): \"1O\" is not a number")
    }

    @Test(arguments: MissingValuePolicy.energyInstitute.markers.sorted())
    func theEnergyInstitutesMarkersAreMissingNeverZero(_ marker: String) throws {
        let text = "Country,Year,ISO3166_alpha3,Var,Value\nUS,2018,USA,oilprod_kbd,\(marker)\n"
        let result = try EnergyInstituteParser.parse(bytes: Array(text.utf8), fileName: "ei.csv")
        #expect(result.figures.map(\.value) == [nil])
    }

    @Test func importStoresAnnualFigures() throws {
        let database = try OilStatDatabase.inMemory()
        let outcome = try FileImporter.importFile(
            path: ImportTestSupport.fixture("ei_narrow_comma.csv"), into: database)
        #expect(
            outcome.record.format == "ei" && outcome.record.rowsRead == 6 && outcome.record.rowsStored == 5
                && outcome.record.rowsMissing == 1)
        let count = try database.queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM annual_figure") }
        #expect(count == 5)
    }
}
