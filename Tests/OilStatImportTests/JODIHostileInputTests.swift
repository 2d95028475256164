import Foundation
import OilStatCore
import Testing

@testable import OilStatImport

/// Issue 8: CR-only line ends, huge fields and implausible values in JODI files, through the importer,
/// the scanner and the share task.
struct JODIHostileInputTests {
    private let sample = ImportTestSupport.fixture("jodi_openbb_sample.csv")

    private func crOnlyCopy() throws -> String {
        let text = try String(contentsOfFile: sample, encoding: .utf8)
        return try ImportTestSupport.temporaryFile(name: "mac.csv", text.replacingOccurrences(of: "\n", with: "\r"))
    }

    @Test func crOnlyLineEndsImportTheSameFigures() throws {
        let lf = try OilStatDatabase.inMemory()
        let cr = try OilStatDatabase.inMemory()
        _ = try JODIImporter().importFile(path: sample, into: lf)
        let outcome = try JODIImporter().importFile(path: try crOnlyCopy(), into: cr)
        #expect(outcome.record.rowsRead == 15 && outcome.record.rowsStored == 12)
        #expect(try ImportTestSupport.figures(cr) == (try ImportTestSupport.figures(lf)))
    }

    @Test func crOnlyLinesAreNumberedWithAnyBlockSize() throws {
        let path = try crOnlyCopy()
        let expected = try ImportTestSupport.records(sample)
        for size in [16, 37, 64, 1 << 22] {
            var scanner = try JODIScanner(path: path)
            scanner.blockSize = size
            var got: [(Int, String)] = []
            try scanner.forEachRecord { got.append(($0.line, $0.field(.value).string)) }
            #expect(got.map(\.0) == expected.map(\.line), "block \(size)")
            #expect(got.map(\.1) == expected.map(\.value), "block \(size)")
        }
    }

    @Test func crOnlyLinesGiveTheSameShares() throws {
        #expect(
            try JODIProductionReader.read(path: try crOnlyCopy()).observations
                == (try JODIProductionReader.read(path: sample)).observations)
    }

    @Test func aBadLineAfterCROnlyLinesHasItsLineNumber() throws {
        let path = try ImportTestSupport.temporaryFile(
            ImportTestSupport.jodiHeader.replacingOccurrences(of: "\n", with: "\r")
                + "SA,2024-01,CRUDEOIL,INDPROD,KBD,1,1\rSA,2024-02,CRUDEOIL,INDPROD,KBD,9O,1\r")
        let database = try OilStatDatabase.inMemory()
        let error = #expect(throws: OilStatError.self) { try JODIImporter().importFile(path: path, into: database) }
        #expect(
            error?.description
                == "\(path):3: column 6 (OBS_VALUE): \"9O\" is not a number (missing values are -, x, .. or empty)")
        #expect(try database.figureCount() == 0)
    }

    @Test func aTwoMiBFieldIsAnErrorNamingLineAndColumnAndStoresNothing() throws {
        let path = try ImportTestSupport.temporaryFile(
            ImportTestSupport.jodiHeader + "SA,2024-01,CRUDEOIL,INDPROD,KBD,1,1\n"
                + "SA,2024-02,CRUDEOIL,INDPROD,KBD," + String(repeating: "1", count: 2 << 20) + ",1\n")
        let message =
            "\(path):3: column 6 (OBS_VALUE): the line is longer than 1 MiB (a JODI record is a few dozen bytes)"
        let database = try OilStatDatabase.inMemory()
        let error = #expect(throws: OilStatError.self) { try JODIImporter().importFile(path: path, into: database) }
        #expect(error?.description == message)
        #expect(try database.figureCount() == 0)
        #expect(try database.imports().isEmpty)
        let share = #expect(throws: OilStatError.self) { try JODIProductionReader.read(path: path) }
        #expect(share?.description == message)
    }

    @Test func anUnclosedQuoteOverOneMiBStopsAtTheLimit() throws {
        let path = try ImportTestSupport.temporaryFile(
            ImportTestSupport.jodiHeader + "SA,2024-01,\"CRUDEOIL"
                + String(repeating: "x", count: 3 << 20))
        var scanner = try JODIScanner(path: path)
        scanner.blockSize = 1 << 16 // grows to the limit, never past it
        let error = #expect(throws: OilStatError.self) { try scanner.forEachRecord { _ in } }
        #expect(
            error?.description
                == "\(path):2: column 3 (ENERGY_PRODUCT): the line is longer than 1 MiB (a JODI record is a few dozen bytes)"
        )
    }

    @Test func theShareTaskRejectsImplausibleProductionAndMonths() throws {
        for (row, message) in [
            ("SA,2024-01,CRUDEOIL,INDPROD,KBD,-5000,1", "\"-5000\" is below 0: INDPROD figures cannot be negative"),
            (
                "SA,2024-01,CRUDEOIL,INDPROD,KBD,1e308,1",
                "\"1e308\" is above 50,000, the largest plausible KBD INDPROD figure for one country"
            ),
        ] {
            let path = try ImportTestSupport.temporaryFile(ImportTestSupport.jodiHeader + row + "\n")
            let error = #expect(throws: OilStatError.self) { try JODIProductionReader.read(path: path) }
            #expect(error?.description == "\(path):2: column 6 (OBS_VALUE): \(message)")
        }
        let path = try ImportTestSupport.temporaryFile(
            ImportTestSupport.jodiHeader + "SA,9999-12,CRUDEOIL,INDPROD,KBD,1,1\n")
        let error = #expect(throws: OilStatError.self) { try JODIProductionReader.read(path: path) }
        #expect(error?.description == "\(path):2: column 2 (TIME_PERIOD): \"9999-12\" is outside 1900-01...2200-12")
    }

    @Test func signedFlowsMayBeNegative() throws {
        let path = try ImportTestSupport.temporaryFile(
            ImportTestSupport.jodiHeader + """
                US,2024-01,CRUDEOIL,STATDIFF,KBD,-422.4194,3
                US,2024-01,CRUDEOIL,STOCKCH,KBBL,-17058.4,1
                US,2024-01,TOTPRODS,CLOSTLV,KBBL,1218529.9,1

                """)
        let database = try OilStatDatabase.inMemory()
        #expect(try JODIImporter().importFile(path: path, into: database).record.rowsStored == 3)
    }
}
