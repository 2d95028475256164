import Foundation
import OilStatCore
import Testing

@testable import OilStatImport

/// The reading half of the share task: the crude oil production rows of a JODI file, on one or more threads.
struct JODIProductionReaderTests {
    /// Records the line of every record visited.
    struct Counter: JODIRecordVisitor {
        var lines: [Int] = []
        mutating func visit(_ record: JODIRecord) throws { lines.append(record.line) }
    }

    @Test func keepsOnlyCrudeProductionInKBDAndDropsMissingValues() throws {
        let path = try ImportTestSupport.temporaryFile(
            ImportTestSupport.jodiHeader + """
                NA,2024-01,CRUDEOIL,INDPROD,KBD,12.5,1
                NA,2024-02,CRUDEOIL,INDPROD,KBD,x,1
                NA,2024-02,CRUDEOIL,INDPROD,KBBL,155,1
                NA,2024-02,NGL,INDPROD,KBD,3,1
                SA,202402,CRUDEOIL,INDPROD,KBD,9011,1

                """)
        let read = try JODIProductionReader.read(path: path)
        #expect(read.observations.map(\.country) == ["NA", "SA"])
        #expect(read.observations.map(\.kbd) == [12.5, 9011])
        let january: Int32 = 24_288
        let february: Int32 = 24_289 // Month(2024-01).index, 2024-02
        #expect(read.observations.map(\.monthIndex) == [january, february])
        #expect(read.monthText == [january: "2024-01", february: "202402"])
        #expect(read.fileName == path)
    }

    @Test func splitInsideAQuotedFieldFallsBackToASerialScan() throws {
        // A quoted newline lands where a byte split would cut the file: the merged result must still be right.
        var text = "REF_AREA,TIME_PERIOD,ENERGY_PRODUCT,FLOW_BREAKDOWN,UNIT_MEASURE,OBS_VALUE,NOTE\n"
        for month in 1...9 {
            text +=
                "SA,2024-0\(month),CRUDEOIL,INDPROD,KBD,\(9000 + month),"
                + "\"\(String(repeating: "long\nnote ", count: 20))\"\n"
        }
        let path = try ImportTestSupport.temporaryFile(text)
        let serial = try JODIProductionReader.collect(path: path, displayName: nil, workers: 1)
        for workers in 2...4 {
            let parallel = try JODIProductionReader.collect(
                path: path, displayName: nil, workers: workers,
                minimumPartSize: 16)
            #expect(parallel.result == serial.result)
        }
        let bad = text.replacingOccurrences(of: "9005", with: "9O05")
        let badPath = try ImportTestSupport.temporaryFile(bad)
        let serialError = #expect(throws: OilStatError.self) {
            try JODIProductionReader.collect(path: badPath, displayName: nil, workers: 1)
        }
        let parallelError = #expect(throws: OilStatError.self) {
            try JODIProductionReader.collect(path: badPath, displayName: nil, workers: 3, minimumPartSize: 16)
        }
        #expect(serialError?.line == parallelError?.line)
    }
}
