import Foundation
import Testing

@testable import OilStatCore

/// The copy of `Data/` compiled into OilStatCore (the EmbedBundledData plugin) and how a process chooses a bundle.
struct CompiledInDataTests {
    @Test(arguments: BundledData.fileNames)
    func theCompiledInFileIsTheRepositoryFileByteForByte(name: String) throws {
        let compiled = try BundledData.compiledIn.contents(of: name)
        let onDisk = try InputFile(path: TestSupport.dataDirectory.appendingPathComponent(name).path).readAll()
        #expect(compiled.count == onDisk.count)
        #expect(compiled == onDisk)
    }

    @Test func theCompiledInCopyAndTheFolderAreOneBundle() throws {
        let database = try OilStatDatabase.inMemory()
        #expect(try BundledData.compiledIn.loadIfNeeded(into: database))
        #expect(try database.producer(matching: "KSA").name == "Saudi Arabia")
        // Same files, same fingerprint: reading the folder afterwards changes nothing.
        #expect(try BundledData(directory: TestSupport.dataDirectory).loadIfNeeded(into: database) == false)
    }

    @Test func theEnvironmentVariableNamesAFolderElseTheCompiledInCopyIsUsed() {
        #expect(BundledData.standard(environment: [:]).directory == nil)
        #expect(BundledData.standard(environment: ["OILSTAT_DATA": ""]).directory == nil)
        let chosen = BundledData.standard(environment: ["OILSTAT_DATA": "/srv/oil/Data"]).directory
        #expect(chosen?.path == "/srv/oil/Data")
    }

    @Test func aFolderWithoutTheFilesIsAClearError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oilstat-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try OilStatDatabase.inMemory()
        let error = try #require(throws: OilStatError.self) {
            try BundledData(directory: folder).loadIfNeeded(into: database)
        }
        #expect(error.description.contains("producers.csv"))
        #expect(error.description.contains("OILSTAT_DATA"))
        #expect(try database.figureCount() == 0)
    }
}
