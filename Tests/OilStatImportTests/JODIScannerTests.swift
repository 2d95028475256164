import Foundation
import OilStatCore
import Testing

@testable import OilStatImport

struct JODIScannerTests {
    private let header = ImportTestSupport.jodiHeader

    @Test func findsColumnsByNameInAnyOrderWithExtraColumns() throws {
        let path = try ImportTestSupport.temporaryFile(
            """
            NOTE,UNIT_MEASURE,REF_AREA,ENERGY_PRODUCT,TIME_PERIOD,FLOW_BREAKDOWN,OBS_VALUE
            n,KBD,SA,CRUDEOIL,2024-01,INDPROD,8956.0000

            """)
        let scanner = try JODIScanner(path: path)
        #expect(scanner.header.position(of: .period) == 4)
        #expect(scanner.header.position(of: .assessment) == nil)
        var seen: [String] = []
        try scanner.forEachRecord { record in
            seen = [record.field(.area).string, record.field(.period).string, record.field(.unit).string]
            #expect(record.observation() == .number(8956))
            #expect(record.assessment() == JODIAssessment.none)
        }
        #expect(seen == ["SA", "2024-01", "KBD"])
    }

    @Test func missingColumnIsNamed() throws {
        let path = try ImportTestSupport.temporaryFile(
            "REF_AREA,TIME_PERIOD,ENERGY_PRODUCT,FLOW_BREAKDOWN,UNIT_MEASURE\nSA,2024-01,CRUDEOIL,INDPROD,KBD\n")
        #expect(
            throws: OilStatError(
                file: path, line: 1, field: "header",
                message:
                    "missing column OBS_VALUE (a JODI file needs REF_AREA,TIME_PERIOD,ENERGY_PRODUCT,FLOW_BREAKDOWN,UNIT_MEASURE,OBS_VALUE)"
            )
        ) {
            _ = try JODIScanner(path: path)
        }
    }

    @Test func wrongFieldCountGivesTheLine() throws {
        let path = try ImportTestSupport.temporaryFile(
            header + "SA,2024-01,CRUDEOIL,INDPROD,KBD,1,1\nSA,2024-02,CRUDEOIL,INDPROD,KBD,1\n")
        let error = #expect(throws: OilStatError.self) { try JODIScanner(path: path).forEachRecord { _ in } }
        #expect(error?.description == "\(path):3: expected 7 fields (as in the header), found 6")
    }

    @Test func quotedFieldWithCommaNewlineAndDoubledQuotes() throws {
        let path = try ImportTestSupport.temporaryFile(
            """
            REF_AREA,TIME_PERIOD,ENERGY_PRODUCT,FLOW_BREAKDOWN,UNIT_MEASURE,OBS_VALUE,NOTE
            SA,2024-01,CRUDEOIL,INDPROD,KBD,"8956.0000","revised, see ""note""
            second line"
            "US",2024-01,CRUDEOIL,INDPROD,KBD,12553.5806,""

            """)
        var rows: [(Int, String, JODIObservation, String)] = []
        try JODIScanner(path: path).forEachRecord { record in
            let noteIndex = 6
            rows.append(
                (
                    record.line, record.field(.area).string, record.observation(),
                    String(
                        decoding: UnsafeBufferPointer(start: record.starts[noteIndex], count: record.counts[noteIndex]),
                        as: UTF8.self)
                ))
        }
        #expect(rows.count == 2)
        #expect(rows[0].0 == 2 && rows[0].1 == "SA" && rows[0].2 == .number(8956))
        #expect(rows[0].3 == "revised, see \"note\"\nsecond line")
        #expect(rows[1].0 == 4 && rows[1].1 == "US" && rows[1].3 == "")
    }

    @Test func unclosedQuoteIsAnError() throws {
        let path = try ImportTestSupport.temporaryFile(header + "SA,2024-01,CRUDEOIL,INDPROD,KBD,\"1,1\n")
        let error = #expect(throws: OilStatError.self) { try JODIScanner(path: path).forEachRecord { _ in } }
        #expect(error?.description == "\(path):2: a quoted field is not closed")
    }

    @Test func crlfBomBlankLinesAndNoFinalNewline() throws {
        let text =
            "\u{FEFF}" + header.replacingOccurrences(of: "\n", with: "\r\n")
            + "SA,2024-01,CRUDEOIL,INDPROD,KBD,8956.0000,1\r\n\r\nUS,2024-01,CRUDEOIL,INDPROD,KBD,12553.5806,1"
        let path = try ImportTestSupport.temporaryFile(text)
        let records = try ImportTestSupport.records(path)
        #expect(records.map(\.line) == [2, 4])
        #expect(records.map(\.area) == ["SA", "US"])
        #expect(records.map(\.value) == ["8956.0000", "12553.5806"])
    }

    /// Every marker of the JODI policy, bare and padded: the byte-level check reads the policy's own list.
    @Test(arguments: MissingValuePolicy.jodi.markers.sorted().flatMap { [$0, " \($0) "] })
    func missingMarkersAreMissingNeverZero(_ marker: String) throws {
        let path = try ImportTestSupport.temporaryFile(header + "SA,2024-01,CRUDEOIL,INDPROD,KBD,\(marker),1\n")
        try JODIScanner(path: path).forEachRecord { record in #expect(record.observation() == .missing) }
    }

    @Test(arguments: [("0.0000", 0.0), ("-422.4194", -422.4194), ("7323", 7323.0), ("1e2", 100.0)])
    func numbersIncludingGenuineZero(_ text: String, _ value: Double) throws {
        let path = try ImportTestSupport.temporaryFile(header + "SA,2024-01,CRUDEOIL,INDPROD,KBD,\(text),1\n")
        try JODIScanner(path: path).forEachRecord { record in #expect(record.observation() == .number(value)) }
    }

    @Test(arguments: ["NA", "abc", "1O.5", "1.2.3", "12 kb"])
    func nonNumbersAreInvalid(_ text: String) throws {
        let path = try ImportTestSupport.temporaryFile(header + "SA,2024-01,CRUDEOIL,INDPROD,KBD,\(text),1\n")
        try JODIScanner(path: path).forEachRecord { record in #expect(record.observation() == .invalid) }
    }

    @Test func namibiaIsACountryNotMissing() throws {
        let path = try ImportTestSupport.temporaryFile(header + "NA,2024-01,CRUDEOIL,INDPROD,KBD,0.0000,1\n")
        let records = try ImportTestSupport.records(path)
        #expect(records.first?.area == "NA")
        #expect(records.first?.value == "0.0000")
    }

    @Test func tinyBlocksGiveTheSameRecords() throws {
        let path = ImportTestSupport.fixture("jodi_openbb_sample.csv")
        let expected = try ImportTestSupport.records(path)
        for size in [16, 37, 64, 100] {
            var scanner = try JODIScanner(path: path)
            scanner.blockSize = size
            var got: [(Int, String, String, String)] = []
            try scanner.forEachRecord {
                got.append(($0.line, $0.field(.area).string, $0.field(.period).string, $0.field(.value).string))
            }
            #expect(got.map(\.0) == expected.map(\.line))
            #expect(got.map(\.3) == expected.map(\.value))
        }
    }

    @Test func rangesSplitAtLineStartsCoverTheFile() throws {
        let path = ImportTestSupport.fixture("jodi_openbb_sample.csv")
        let scanner = try JODIScanner(path: path)
        let split = try scanner.lineStart(atOrAfter: scanner.dataStart + (scanner.fileSize - scanner.dataStart) / 2)
        var first = JODIProductionReaderTests.Counter()
        var second = JODIProductionReaderTests.Counter()
        let stop = try scanner.scan(
            from: scanner.dataStart, to: split, firstLine: scanner.firstDataLine, visitor: &first)
        let end = try scanner.scan(from: split, to: scanner.fileSize, firstLine: stop.line, visitor: &second)
        #expect(stop.offset == split)
        #expect(first.lines + second.lines == (2...16).map { $0 })
        #expect(end.offset == scanner.fileSize)
    }

    @Test func badNumberErrorText() throws {
        let path = try ImportTestSupport.temporaryFile(
            header + "SA,2024-01,CRUDEOIL,INDPROD,KBD,1,1\nSA,2024-02,CRUDEOIL,INDPROD,KBD,9O11.0,1\n")
        let scanner = try JODIScanner(path: path)
        var error: OilStatError?
        try scanner.forEachRecord { record in
            if record.observation() == .invalid { error = scanner.errors.badNumber(record) }
        }
        #expect(
            error?.description
                == "\(path):3: column 6 (OBS_VALUE): \"9O11.0\" is not a number (missing values are -, x, .. or empty)")
    }
}
