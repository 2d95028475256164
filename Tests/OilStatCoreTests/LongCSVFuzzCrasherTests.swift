import Foundation
import Testing

@testable import OilStatCore

/// The inputs with which libFuzzer crashed the long-CSV loader (`Fuzz/Crashers/long-csv/`, see `Fuzz/README.md`),
/// replayed as the `long-csv` fuzz target feeds them: each must now be refused with an error that names the line
/// and column at fault, and leave the database as it was.
struct LongCSVFuzzCrasherTests {
    /// A crashing input and where the error must point.
    struct Crasher: CustomTestStringConvertible, Sendable {
        var file: String
        var line: Int
        var field: String
        var testDescription: String { file }
    }

    static let folder = TestSupport.repository.appendingPathComponent("Fuzz/Crashers/long-csv")

    static let crashers = [
        // `CG,5647-01,3,bd,R,,`: a month past 5461-04 overflowed the 16-bit month of the figure key
        // (an assertion in FigureKey.init; in a release build the figure was stored under another month).
        Crasher(file: "month-5647-overflows-figure-key.csv", line: 2, field: "column 2 (month)")
    ]

    @Test func everyFileInTheCrashersFolderIsReplayed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.hasPrefix(".") }
        #expect(Set(files) == Set(Self.crashers.map(\.file)))
    }

    @Test(
        .enabled(
            if: Month("5647-01") == nil,
            "Month must refuse years past 2200 (the validation change), else the replay traps in FigureKey"),
        arguments: crashers)
    func crasherIsRefusedWithItsLine(_ crasher: Crasher) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(crasher.file)))
        let database = try TestSupport.bundledDatabase()
        let before = try database.figureCount()
        let error = #expect(throws: OilStatError.self) {
            try database.queue.write { db in try LongCSVLoader().load(bytes: bytes, fileName: crasher.file, in: db) }
        }
        #expect(error?.line == crasher.line)
        #expect(error?.field == crasher.field)
        #expect(try database.figureCount() == before)
    }
}
