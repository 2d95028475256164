import Foundation
import OilStatCore
import Testing

@testable import OilStatImport

/// Where an import's vintage comes from: `--vintage`, else the date the file gives, else its modification day.
struct VintageImportTests {
    private let line =
        #"{"series_id":"INTL.57-1-SAU-TBPD.M","last_updated":"2025-11-17T11:42:13-05:00","data":[["202401","9000"]]}"#

    @Test func anEIABulkFileIsDatedByItsLastUpdated() throws {
        let database = try OilStatDatabase.inMemory()
        let path = try ImportTestSupport.temporaryFile(name: "bulk.txt", line + "\n")
        let outcome = try FileImporter.importFile(path: path, into: database)
        #expect(outcome.record.vintage == "2025-11-17")
        #expect(
            outcome.summary.hasSuffix(
                "\nvintage 2025-11-17 (the file's last_updated; set with --vintage): 1 new, "
                    + "0 revised, 0 replaced within vintage, 0 unchanged, 0 withdrawn"))
    }

    @Test func aGivenVintageWinsAndAFileWithoutADateIsDatedByItsModification() throws {
        let database = try OilStatDatabase.inMemory()
        let given = try ImportTestSupport.temporaryFile(name: "bulk.txt", line + "\n")
        let outcome = try FileImporter.importFile(
            path: given, into: database,
            options: ImportOptions(vintage: try PublicationDate(parsing: "2025-12-01"), publication: "EIA bulk"))
        #expect(outcome.record.vintage == "2025-12-01" && outcome.vintageOrigin == nil)
        let jodi = try ImportTestSupport.temporaryFile(
            name: "jodi.csv",
            "REF_AREA,TIME_PERIOD,ENERGY_PRODUCT,FLOW_BREAKDOWN,UNIT_MEASURE,OBS_VALUE,ASSESSMENT_CODE\n"
                + "SA,2024-01,CRUDEOIL,INDPROD,KBD,8956.0000,1\n")
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_763_337_600)], ofItemAtPath: jodi) // 2025-11-17
        let dated = try FileImporter.importFile(path: jodi, into: database)
        #expect(dated.record.vintage == "2025-11-17")
        #expect(dated.vintageOrigin == "file modified; set with --vintage")
    }
}
