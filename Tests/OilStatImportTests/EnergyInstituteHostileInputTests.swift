import Foundation
import OilStatCore
import Testing

@testable import OilStatImport

/// Issue 8: Energy Institute values and years the probe found accepted: each an error naming line and column,
/// and nothing stored.
struct EnergyInstituteHostileInputTests {
    private static let header = "Country,Year,ISO3166_alpha3,Var,Value\n"

    @Test(arguments: [
        ("US,2018,USA,oilprod_kbd,0x10", "column 5 (Value): \"0x10\" is not a number"),
        ("US,2018,USA,oilprod_kbd,0x1p10", "column 5 (Value): \"0x1p10\" is not a number"),
        (
            "US,2018,USA,oilprod_kbd,9000\u{0}",
            "column 5 (Value): a NUL byte inside the field (the file is binary or damaged)"
        ),
        ("US,2018,USA,oilprod_kbd,inf", "column 5 (Value): \"inf\" is not a number"),
        ("US,-5,USA,oilprod_kbd,1", "column 2 (Year): \"-5\" is not a year in 1900...2200"),
        ("US,0,USA,oilprod_kbd,1", "column 2 (Year): \"0\" is not a year in 1900...2200"),
        ("US,99999999999999,USA,oilprod_kbd,1", "column 2 (Year): \"99999999999999\" is not a year in 1900...2200"),
        ("US,+2018,USA,oilprod_kbd,1", "column 2 (Year): \"+2018\" is not a year in 1900...2200"),
        (
            "US,2018,USA,oilprod_kbd,-5000",
            "column 5 (Value): \"-5000\" is below 0: oilprod_kbd figures cannot be negative"
        ),
        (
            "US,2018,USA,oilprod_kbd,1e308",
            "column 5 (Value): \"1e308\" is above 50,000, the largest plausible oilprod_kbd figure for one country"
        ),
        (
            "Total World,2018,,oilprod_mt,20000",
            "column 5 (Value): \"20000\" is above 12,200, the largest plausible oilprod_mt figure for an aggregate"
        ),
        (
            "US,2018,usa,oilprod_kbd,1",
            "column 3 (ISO3166_alpha3): \"usa\" is not an ISO 3166 alpha-3 code (three capital letters)"
        ),
        (
            "U\u{0}S,2018,USA,oilprod_kbd,1",
            "column 1 (Country): a NUL byte inside the field (the file is binary or damaged)"
        ),
    ])
    func rejectedWithLineAndColumn(row: String, message: String) throws {
        let path = try ImportTestSupport.temporaryFile(
            name: "ei.csv", Self.header + "US,2017,USA,oilprod_kbd,13135\n" + row + "\n")
        let database = try OilStatDatabase.inMemory()
        let error = #expect(throws: OilStatError.self) { try FileImporter.importFile(path: path, into: database) }
        #expect(error?.description == "\(path):3: \(message)")
        #expect(try database.imports().isEmpty)
        let stored = try database.queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM annual_figure") }
        #expect(stored == 0)
    }

    @Test func unboundedVariablesKeepTheirSign() throws {
        let parsed = try EnergyInstituteParser.parse(
            bytes: Array((Self.header + "US,2018,USA,co2_change,-12.5\n").utf8), fileName: "ei.csv")
        #expect(parsed.figures.first?.value == -12.5)
    }

    @Test func crOnlySemicolonFilesReadLikeLF() throws {
        let lf = try String(contentsOfFile: ImportTestSupport.fixture("ei_narrow_semicolon.csv"), encoding: .utf8)
        let cr = lf.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r")
        let expected = try EnergyInstituteParser.parse(bytes: Array(lf.utf8), fileName: "ei.csv")
        let got = try EnergyInstituteParser.parse(bytes: Array(cr.utf8), fileName: "ei.csv")
        #expect(got.decimalComma && got.figures == expected.figures && got.figures.count == 5)
    }
}
