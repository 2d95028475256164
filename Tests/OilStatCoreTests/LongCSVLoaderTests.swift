import Foundation
import GRDB
import Testing

@testable import OilStatCore

struct LongCSVLoaderTests {
    static let goodFile = """
        producer,month,value,unit,source,product
        Saudi Arabia,2024-01,277636,kbbl,test source,crude
        KSA,2024-02,261319,kbbl,test source,crude
        SAU,2024-03,-,kb/d,test source,crude
        US,2024-01,12.5535806,mb/d,test source,CRUDEOIL
        NA,2024-01,0,kb/d,test source,crude
        RU,2024-01,x,kb/d,test source,crude

        """

    @Test func loadsConvertsAndCountsMissingValues() throws {
        let database = try TestSupport.bundledDatabase()
        let before = try database.figureCount()
        let url = try TestSupport.temporaryFile("figures.csv", Self.goodFile)
        let outcome = try LongCSVLoader().load(url, into: database)
        #expect(!outcome.alreadyImported)
        #expect(outcome.record.rowsRead == 6)
        #expect(outcome.record.rowsStored == 4)
        #expect(outcome.record.rowsMissing == 2)
        #expect(try database.figureCount() == before + 4)
        let source = try database.source(named: "TEST SOURCE")
        let saudi = try database.producer(matching: "sa")
        let series = try database.series(
            producer: saudi.id, from: Month("2024-01")!, to: Month("2024-03")!, source: source.id)
        // KBD = KBBL / days: the JODI invariants, leap February included.
        #expect(series[Month("2024-01")!] == 8956)
        #expect(series[Month("2024-02")!] == 9011)
        #expect(series[Month("2024-03")!] == nil)
        let namibia = try database.values(month: Month("2024-01")!, source: source.id)[
            try database.producer(matching: "Namibia").id]
        #expect(namibia == 0)
    }

    @Test func reloadingTheSameFileChangesNothing() throws {
        let database = try TestSupport.bundledDatabase()
        let url = try TestSupport.temporaryFile("figures.csv", Self.goodFile)
        let first = try LongCSVLoader().load(url, into: database)
        let count = try database.figureCount()
        let imports = try database.imports().count
        let second = try LongCSVLoader().load(url, into: database)
        #expect(second.alreadyImported)
        #expect(second.record.id == first.record.id)
        #expect(try database.figureCount() == count)
        #expect(try database.imports().count == imports)
    }

    @Test(arguments: [
        ("producer,month,value,unit,source\nSA,2024-01,12x4,kb/d,s\n", "column 3 (value): \"12x4\" is not a number", 2),
        (
            "producer,month,value,unit,source\nSA,2024-01,1,kb/d,s\nSA,2024-13,1,kb/d,s\n",
            "column 2 (month): \"2024-13\" is not a month (YYYY-MM)", 3
        ),
        (
            "producer,month,value,unit,source\nSA,2024-01,1,barrels,s\n",
            "column 4 (unit): unknown unit \"barrels\" (use kb/d, mb/d, b/d, kbbl or kt)", 2
        ),
        ("producer,month,value,unit,source\nSA,2024-01,1,kb/d\n", "expected 5 fields, found 4", 2),
        (
            "producer,month,value,unit,source\nSaudi Arabai,2024-01,1,kb/d,s\n",
            "column 1 (producer): unknown producer \"Saudi Arabai\" (did you mean \"Saudi Arabia\"?)", 2
        ),
        (
            "producer,month,value,source\nSA,2024-01,1,s\n",
            "unit: missing column (the header must name producer,month,value,unit,source)", 1
        ),
        // Issue 8, the probe's inputs: months past the key's 16 bits, implausible values, hex, NUL, text after a quote.
        (
            "producer,month,value,unit,source\nDZ,9999-12,456,kb/d,P\n",
            "column 2 (month): \"9999-12\" is outside 1900-01...2200-12", 2
        ),
        (
            "producer,month,value,unit,source\nSA,5461-05,456,kb/d,P\n",
            "column 2 (month): \"5461-05\" is outside 1900-01...2200-12", 2
        ),
        (
            "producer,month,value,unit,source\nSA,2024-01,-5000,kb/d,P\n",
            "column 3 (value): \"-5000\" kb/d is below 0: INDPROD figures cannot be negative", 2
        ),
        (
            "producer,month,value,unit,source\nSA,2024-01,1e308,kb/d,P\nSA,2024-02,1e308,kb/d,P\n",
            "column 3 (value): \"1e308\" kb/d is above 50,000, the largest plausible KBD INDPROD figure for one country",
            2
        ),
        (
            "producer,month,value,unit,source\nSA,2024-01,\(String(repeating: "9", count: 40)),kbbl,P\n",
            "column 3 (value): \"\(String(repeating: "9", count: 40))\" kbbl is above 1,550,000, the largest plausible KBBL INDPROD "
                + "figure for one country", 2
        ),
        (
            "producer,month,value,unit,source\nSA,2024-01,60,mb/d,P\n",
            "column 3 (value): \"60\" mb/d (60,000 kb/d) is above 50,000, the largest plausible KBD INDPROD figure for one country",
            2
        ),
        ("producer,month,value,unit,source\nSA,2024-01,0x10,kb/d,P\n", "column 3 (value): \"0x10\" is not a number", 2),
        (
            "producer,month,value,unit,source,note\nSA,2024-01,1,kb/d,P,a\u{0}b\n",
            "column 6 (note): a NUL byte inside the field (the file is binary or damaged)", 2
        ),
        (
            "producer,month,value,unit,source\n\"S\"A,2024-01,1,kb/d,P\n",
            "column 1 (producer): text after a closing quote (a quoted field must end at a delimiter or the line's end)",
            2
        ),
    ])
    func aBadRowStopsTheLoadAndWritesNothing(text: String, message: String, line: Int) throws {
        let database = try TestSupport.bundledDatabase()
        let count = try database.figureCount()
        let imports = try database.imports().count
        let url = try TestSupport.temporaryFile("bad.csv", text)
        do {
            _ = try LongCSVLoader().load(url, into: database)
            Issue.record("expected an error")
        } catch let error as OilStatError {
            #expect(error.description == "\(url.path):\(line): \(message)")
        }
        #expect(try database.figureCount() == count)
        #expect(try database.imports().count == imports)
    }

    @Test func crOnlyLineEndsLoadLikeLF() throws {
        let database = try TestSupport.bundledDatabase()
        let before = try database.figureCount()
        let url = try TestSupport.temporaryFile("mac.csv", Self.goodFile.replacingOccurrences(of: "\n", with: "\r"))
        let outcome = try LongCSVLoader().load(url, into: database)
        #expect(outcome.record.rowsRead == 6 && outcome.record.rowsStored == 4 && outcome.record.rowsMissing == 2)
        #expect(try database.figureCount() == before + 4)
    }

    @Test func aTwoMiBFieldIsAnErrorNamingLineAndColumnAndStoresNothing() throws {
        let database = try TestSupport.bundledDatabase()
        let count = try database.figureCount()
        let note = String(repeating: "n", count: 2 << 20)
        let url = try TestSupport.temporaryFile(
            "huge.csv", "producer,month,value,unit,source,note\nSA,2024-01,1,kb/d,P,x\nSA,2024-02,1,kb/d,P,\(note)\n")
        let error = #expect(throws: OilStatError.self) { try LongCSVLoader().load(url, into: database) }
        #expect(error?.description == "\(url.path):3: column 6 (note): the field is longer than 1 MiB")
        #expect(try database.figureCount() == count)
    }
}
