import Foundation
import Testing

@testable import OilStatCore

/// Errors as kinds a caller can match, each from the real input or condition that raises it; the messages stay as
/// the command line prints them.
struct OilStatErrorKindTests {
    @Test func theOldInitialiserIsBadInputAtItsPlaceWithTheSameText() {
        let error = OilStatError(file: "a.csv", line: 3, field: "column 3 (value)", message: "\"4.7O\" is not a number")
        #expect(error.kind == .badInput(file: "a.csv", line: 3, column: "column 3 (value)"))
        #expect(error.description == "a.csv:3: column 3 (value): \"4.7O\" is not a number")
        #expect(OilStatError(message: "no month given").kind == .badInput(file: nil, line: nil, column: nil))
    }

    @Test func aBadRowOfALongCSVIsBadInputNamingFileLineAndColumn() throws {
        let database = try TestSupport.bundledDatabase()
        let url = try TestSupport.temporaryFile("bad.csv", "producer,month,value,unit,source\nSA,2024-01,0x10,kb/d,P\n")
        let error = #expect(throws: OilStatError.self) { try LongCSVLoader().load(url, into: database) }
        #expect(error?.kind == .badInput(file: url.path, line: 2, column: "column 3 (value)"))
        #expect(error?.message == "\"0x10\" is not a number")
    }

    @Test func anAbsurdValueInMillionBarrelsIsAnErrorNotATrap() throws {
        // 1e300 mb/d is 1e303 kb/d: the message's grouping used to convert it to Int and trap.
        let database = try TestSupport.bundledDatabase()
        let url = try TestSupport.temporaryFile(
            "absurd.csv",
            "producer,month,value,unit,source\nSA,2024-01,1e300,mb/d,P\n")
        let error = #expect(throws: OilStatError.self) { try LongCSVLoader().load(url, into: database) }
        #expect(error?.kind == .badInput(file: url.path, line: 2, column: "column 3 (value)"))
        #expect(error?.message.hasPrefix("\"1e300\" mb/d (1,000,000,000,000,000,0") == true)
        #expect(
            error?.message.hasSuffix(
                " kb/d) is above 50,000, the largest plausible KBD INDPROD figure for one "
                    + "country") == true)
    }

    @Test func anUnknownProducerInALongCSVIsBadInputAtItsRow() throws {
        let url = try TestSupport.temporaryFile("bad.csv", "producer,month,value,unit,source\nSA,2024-01,1,kb/d,P\n")
        let error = #expect(throws: OilStatError.self) {
            try LongCSVLoader().load(url, into: try OilStatDatabase.inMemory())
        }
        #expect(error?.kind == .badInput(file: url.path, line: 2, column: "column 1 (producer)"))
    }

    @Test func aMissingFileIsNotFound() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("oilstat-\(UUID()).csv").path
        let error = #expect(throws: OilStatError.self) { try InputFile(path: path) }
        #expect(error?.kind == .notFound(suggestions: []))
        #expect(error?.description == "\(path): no such file")
    }

    @Test func aMissingBundledDataFolderIsNotFound() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oilstat-no-data-\(UUID())")
        let error = #expect(throws: OilStatError.self) {
            try BundledData(directory: folder).loadIfNeeded(into: try OilStatDatabase.inMemory())
        }
        #expect(error?.kind == .notFound(suggestions: []))
        #expect(error?.message.hasPrefix("bundled data file not found (OILSTAT_DATA") == true)
    }

    @Test func aFolderOrAZipGivenToTheLoaderIsUnsupported() throws {
        let folder = try TestSupport.temporaryFile("x.csv", "").deletingLastPathComponent()
        let directory = #expect(throws: OilStatError.self) { try InputFile(path: folder.path) }
        #expect(directory?.kind == .unsupported)
        #expect(directory?.description == "\(folder.path): is a directory, not a data file")
        let zip = folder.appendingPathComponent("data.zip")
        try Data([0x50, 0x4B, 0x03, 0x04, 0, 0]).write(to: zip)
        let error = #expect(throws: OilStatError.self) {
            try LongCSVLoader().load(zip, into: try OilStatDatabase.inMemory())
        }
        #expect(error?.kind == .unsupported)
        #expect(error?.message.hasPrefix("is a .zip archive, which load does not read") == true)
    }

    @Test func aTemporaryFileInAFolderThatDoesNotExistIsAFileSystemError() throws {
        let error = #expect(throws: OilStatError.self) {
            try ScratchFile(name: "<stdin>", folder: "/nonexistent-oilstat-folder")
        }
        #expect(error?.kind == .fileSystem(errno: ENOENT))
        #expect(
            error?.description == "<stdin>: cannot create a temporary file in /nonexistent-oilstat-folder "
                + "(No such file or directory); set TMPDIR to a writable folder")
    }

    @Test func aFileThatIsNotADatabaseIsAStorageErrorWithItsReason() throws {
        let url = try TestSupport.temporaryFile("o.sqlite", "producer,month,value\nSA,2018-10,10700\n")
        do {
            _ = try OilStatDatabase(path: url.path)
            Issue.record("a text file was opened as a database")
        } catch let error as OilStatError {
            guard case .storage(let storage) = error.kind else {
                Issue.record("expected a storage error, got \(error.kind)")
                return
            }
            #expect(
                storage
                    == StorageError(
                        file: url.path, action: "cannot open the database",
                        reason: "the file is not an SQLite database (file is not a database)"))
            #expect(error.description == storage.description)
        }
    }

    @Test func aReportOverAFolderIsAnOutputError() throws {
        let folder = try TestSupport.temporaryFile("x.csv", "").deletingLastPathComponent().path + "/out"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let error = #expect(throws: OilStatError.self) { try OutputFile.write("x", to: folder) }
        #expect(error?.kind == .output(underlying: OutputError(name: folder, problem: .isDirectory)))
        #expect(error?.description == "\(folder): is a directory, not a file")
        #expect(error?.isBrokenPipe == false)
    }

    @Test func notFoundCarriesItsSuggestionsAndKeepsTheText() {
        let error = OilStatError.notFound("unknown group \"opek\" (did you mean opec?)", suggestions: ["opec"])
        #expect(error.kind == .notFound(suggestions: ["opec"]))
        #expect(error.description == "unknown group \"opek\" (did you mean opec?)")
        #expect(error != OilStatError(message: error.message))
    }

    /// Unknown names in the bundled database: a not-found kind with the closest names, as the message offers them.
    @Test func unknownNamesAreNotFoundWithSuggestions() throws {
        let database = try TestSupport.bundledDatabase()
        let source = #expect(throws: OilStatError.self) { try database.source(named: "Reuter survey") }
        #expect(source?.kind == .notFound(suggestions: ["Reuters survey"]))
        #expect(source?.message == "unknown source \"Reuter survey\" (did you mean \"Reuters survey\"?)")
        let producer = #expect(throws: OilStatError.self) { try database.producer(matching: "Saudi Arabai") }
        #expect(producer?.kind == .notFound(suggestions: ["Saudi Arabia"]))
        let nothingClose = #expect(throws: OilStatError.self) { try database.source(named: "zzzzzzzzzz") }
        #expect(nothingClose?.kind == .notFound(suggestions: []))
        #expect(nothingClose?.message.hasPrefix("unknown source \"zzzzzzzzzz\" (known sources: ") == true)
    }
}
