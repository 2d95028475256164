import Foundation
import OilStatCore

/// A database loaded from the repository's bundled `Data/`.
enum AnalysisTestSupport {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func bundledDatabase() throws -> OilStatDatabase {
        let database = try OilStatDatabase.inMemory()
        try BundledData(directory: repository.appendingPathComponent("Data")).loadIfNeeded(into: database)
        return database
    }

    /// The path of a fixture of the importer tests.
    static func importFixture(_ name: String) -> String {
        repository.appendingPathComponent("Tests/OilStatImportTests/Fixtures/\(name)").path
    }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "oilstat-analysis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes `text` to a new temporary file and returns its path.
    static func temporaryFile(_ text: String) throws -> String {
        let url = try temporaryFolder().appendingPathComponent("input.csv")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Loads long-CSV `text` (under a test source) into `database`.
    static func load(_ text: String, into database: OilStatDatabase) throws {
        let url = try temporaryFolder().appendingPathComponent("figures.csv")
        try Data(text.utf8).write(to: url)
        _ = try LongCSVLoader().load(url, into: database)
    }
}
