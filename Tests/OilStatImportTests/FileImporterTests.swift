import Foundation
import OilStatCore
import Testing

@testable import OilStatImport

struct FileImporterTests {
    @Test(arguments: [
        ("jodi_openbb_sample.csv", ImportFormat.jodi), ("eia_api_angola_1973.json", .eiaAPI),
        ("eia_api_synthetic.json", .eiaAPI),
        ("eia_bulk_synthetic.txt", .eiaBulk), ("ei_narrow_semicolon.csv", .energyInstitute),
        ("ei_narrow_comma.csv", .energyInstitute),
    ])
    func detectsTheFormat(_ name: String, _ format: ImportFormat) throws {
        #expect(try FileImporter.detectFormat(path: ImportTestSupport.fixture(name)) == format)
    }

    @Test func unknownFormatListsTheKnownOnes() throws {
        let path = try ImportTestSupport.temporaryFile(name: "x.csv", "a,b,c\n1,2,3\n")
        let error = #expect(throws: OilStatError.self) { try FileImporter.detectFormat(path: path) }
        #expect(error?.message.contains("--format jodi|eia-api|eia-bulk|ei") == true)
        #expect(error?.kind == .unsupported)
        #expect(error?.description.hasPrefix("\(path):1: unknown format: expected a JODI CSV") == true)
    }

    @Test func theSourceOfAFormatErrorIsBadInputWithItsPlace() throws {
        let database = try OilStatDatabase.inMemory()
        let path = try ImportTestSupport.temporaryFile(
            ImportTestSupport.jodiHeader
                + "SA,2024-01,CRUDEOIL,INDPROD,KBD,9O,1\n")
        let error = #expect(throws: OilStatError.self) { try FileImporter.importFile(path: path, into: database) }
        #expect(error?.kind == .badInput(file: path, line: 2, column: "column 6 (OBS_VALUE)"))
    }

    @Test func formatOptionOverridesDetection() throws {
        let database = try OilStatDatabase.inMemory()
        let error = #expect(throws: OilStatError.self) {
            try FileImporter.importFile(
                path: ImportTestSupport.fixture("jodi_openbb_sample.csv"), into: database,
                options: ImportOptions(format: .eiaAPI))
        }
        #expect(error?.message.contains("not valid JSON") == true)
    }

    @Test func zipIsReadInProcess() throws {
        let database = try OilStatDatabase.inMemory()
        let zip = ImportTestSupport.fixture("jodi_openbb_sample.zip")
        #expect(try ZipInput.isZip(InputFile(path: zip)))
        #expect(try !ZipInput.isZip(InputFile(path: ImportTestSupport.fixture("jodi_openbb_sample.csv"))))
        let outcome = try FileImporter.importFile(path: zip, into: database)
        #expect(outcome.record.fileName == zip + ":jodi_openbb_sample.csv")
        #expect(outcome.record.rowsStored == 12)
        #expect(try JODIProductionReader.read(path: zip).observations.count == 4)
        // The SHA-256 is the CSV's: importing the extracted file is the same import.
        #expect(
            try FileImporter.importFile(path: ImportTestSupport.fixture("jodi_openbb_sample.csv"), into: database)
                .alreadyImported)
    }
}
