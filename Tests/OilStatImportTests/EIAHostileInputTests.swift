import Foundation
import OilStatCore
import Testing

@testable import OilStatImport

/// Issue 8: EIA API and bulk inputs the probe found accepted or unclear, each an error with its place, and
/// nothing stored.
struct EIAHostileInputTests {
    private static let header = #"{"response":{"frequency":"monthly","data":["#
    private static func apiRow(period: String = "2024-01", region: String = "SAU", value: String) -> String {
        #"{"period":"\#(period)","productId":"57","activityId":"1","countryRegionId":"\#(region)","countryRegionTypeId":"c","value":\#(value),"unit":"TBPD"}"#
    }

    /// Imports `text` as `name` into a fresh database; returns the error and checks that nothing was stored.
    private func rejected(_ text: String, name: String, format: ImportFormat? = nil) throws -> (
        path: String, error: OilStatError?
    ) {
        let path = try ImportTestSupport.temporaryFile(name: name, text)
        let database = try OilStatDatabase.inMemory()
        var options = ImportOptions()
        options.format = format
        let error = #expect(throws: OilStatError.self) {
            try FileImporter.importFile(path: path, into: database, options: options)
        }
        #expect(try database.figureCount() == 0)
        #expect(try database.imports().isEmpty)
        return (path, error)
    }

    @Test(arguments: [
        (apiRow(value: #""0x10""#), #"data[0].value: "0x10" is not a number"#),
        (apiRow(value: #""0x1p10""#), #"data[0].value: "0x1p10" is not a number"#),
        (apiRow(value: "true"), #"data[0].value: "true" is not a number"#),
        (apiRow(value: #""9000 barrels""#), #"data[0].value: "9000 barrels" is not a number"#),
        (apiRow(value: #""-5000""#), #"data[0].value: "-5000" is below 0: INDPROD figures cannot be negative"#),
        (
            apiRow(value: "1e308"),
            #"data[0].value: "1e+308" is above 50,000, the largest plausible KBD INDPROD figure for one country"#
        ),
        (apiRow(period: "9999-12", value: #""1""#), #"data[0].period: "9999-12" is outside 1900-01...2200-12"#),
        (apiRow(period: "2018", value: #""1""#), #"data[0].period: "2018" is not a month (YYYY-MM)"#),
        (apiRow(period: "2018-01-01", value: #""1""#), #"data[0].period: "2018-01-01" is not a month (YYYY-MM)"#),
        (apiRow(period: "201801", value: #""1""#), #"data[0].period: "201801" is not a month (YYYY-MM)"#),
        (
            apiRow(region: #"S\u0000A"#, value: #""1""#),
            #"data[0].countryRegionId: "S\u{0}A" is not an EIA region code (1 to 16 capital letters or digits, e.g. SAU, WORL)"#
        ),
    ])
    func apiValuesMonthsAndCodes(row: String, message: String) throws {
        let (path, error) = try rejected(Self.header + row + "]}}", name: "api.json")
        #expect(error?.description == "\(path): \(message)")
    }

    @Test func anAggregateMayBeLargerThanACountry() throws {
        let row =
            #"{"period":"2024-01","productId":"57","activityId":"1","countryRegionId":"WORL","countryRegionTypeId":"r","value":"76000","unit":"TBPD"}"#
        let parsed = try EIAParser.parseAPI(Data((Self.header + row + "]}}").utf8), fileName: "api.json")
        #expect(parsed.figures.first?.value == 76000)
        let (path, error) = try rejected(
            Self.header + row.replacingOccurrences(of: "76000", with: "250000") + "]}}", name: "api.json")
        #expect(
            error?.description
                == "\(path): data[0].value: \"250000\" is above 200,000, the largest plausible KBD INDPROD figure for an aggregate"
        )
    }

    @Test(arguments: [
        ("{\"response\":\n {\"data\": [1,2,\n tru]}}", "3: column 5: not valid JSON (invalid value)"),
        ("{\"response\": {\"data\": [", "1: column 24: not valid JSON (unexpected end of file during JSON parse)"),
    ])
    func jsonErrorsHaveAPosition(text: String, message: String) throws {
        let (path, error) = try rejected(text, name: "api.json", format: .eiaAPI)
        #expect(error?.description == "\(path):\(message)")
    }

    @Test func annualAPIResponsesAreCountedNotStored() throws {
        let text =
            #"{"response":{"frequency":"annual","data":[{"period":"2018","productId":"57","activityId":"1","countryRegionId":"SAU","value":"1","unit":"TBPD"}]}}"#
        let parsed = try EIAParser.parseAPI(Data(text.utf8), fileName: "api.json")
        #expect(parsed.read == 1 && parsed.unmapped == 1 && parsed.figures.isEmpty)
    }

    @Test(arguments: [
        (
            #"{"series_id":"INTL.57-1-SAU-TBPD.M","data":[["999912","9000"]]}"#,
            #"2: INTL.57-1-SAU-TBPD.M data[0]: "999912" is outside 1900-01...2200-12"#
        ),
        (
            #"{"series_id":"INTL.57-1-SAU-TBPD.M","data":[["202401","0x10"]]}"#,
            #"2: INTL.57-1-SAU-TBPD.M data[0]: "0x10" is not a number"#
        ),
        (
            #"{"series_id":"INTL.57-1-SAU-TBPD.M","data":[["202401",true]]}"#,
            #"2: INTL.57-1-SAU-TBPD.M data[0]: "true" is not a number"#
        ),
        (
            #"{"series_id":"INTL.57-1-SAU-TBPD.M","data":[["202401",-5000]]}"#,
            #"2: INTL.57-1-SAU-TBPD.M data[0]: "-5000" is below 0: INDPROD figures cannot be negative"#
        ),
        (
            #"{"series_id":"INTL.57-1-SAU-TBPD.M","data":"abc"}"#,
            #"2: INTL.57-1-SAU-TBPD.M data: expected a list of [period, value] pairs, found "abc""#
        ),
        (
            #"{"series_id":"INTL.57-1-SAU-TBPD.M","data":[["202401"]]}"#,
            "2: INTL.57-1-SAU-TBPD.M data[0]: expected [period, value]"
        ),
        (
            #"{"series_id":"INTL.57-1-SAU-TBPD.M","data":[["202401","1"]"#,
            "2: column 59: not valid JSON (unexpected end of file during JSON parse)"
        ),
    ])
    func bulkLinesAreCheckedWithTheirLine(line: String, message: String) throws {
        let good = #"{"series_id":"INTL.57-1-USA-TBPD.M","data":[["202401","13000"]]}"#
        let (path, error) = try rejected(good + "\n" + line + "\n", name: "INTL.txt", format: .eiaBulk)
        #expect(error?.description == "\(path):\(message)")
    }

    @Test(arguments: [
        ("", "the file is empty"), ("\n\n", "the file is empty"),
        (#"{"category_id":"1","name":"x","childseries":[]}"#, "no series in the file"),
    ])
    func bulkFilesWithoutSeriesAreErrors(text: String, reason: String) throws {
        let (path, error) = try rejected(text, name: "INTL.txt", format: .eiaBulk)
        #expect(
            error?.description
                == "\(path): \(reason) (an EIA bulk file has one JSON object per line, with \"series_id\" and \"data\")"
        )
    }

    @Test func bulkLinesMayEndWithCR() throws {
        let text =
            #"{"series_id":"INTL.57-1-SAU-TBPD.M","data":[["202401","9000"]]}"# + "\r"
            + #"{"series_id":"INTL.57-1-USA-TBPD.M","data":[["202401","13000"]]}"# + "\r\n"
        let parsed = try EIAParser.parseBulk(Data(text.utf8), fileName: "INTL.txt")
        #expect(parsed.figures.map(\.value) == [9000, 13000])
    }

    @Test func unmappedSeriesAreNotCalledFiltered() throws {
        let database = try OilStatDatabase.inMemory()
        _ = try BundledData(directory: ImportTestSupport.repository.appendingPathComponent("Data")).loadIfNeeded(
            into: database)
        let outcome = try FileImporter.importFile(
            path: ImportTestSupport.fixture("eia_bulk_synthetic.txt"), into: database)
        #expect(outcome.unmapped == 3)
        #expect(!outcome.summary.contains("filter"))
        #expect(
            outcome.summary.contains(
                "7 rows read, 3 stored, 1 missing, 3 in other series (not monthly production in kb/d)"))
        var options = ImportOptions()
        options.filter = ImportFilter(producers: ["SAU"])
        let filtered = try FileImporter.importFile(
            path: ImportTestSupport.fixture("eia_bulk_synthetic.txt"),
            into: try OilStatDatabase.inMemory(), options: options)
        #expect(filtered.summary.contains(", 1 skipped by filter, 3 in other series"))
    }
}
