import Foundation
import OilStatCore

/// A database loaded from the repository's bundled `Data/`.
enum AnalysisTestSupport {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func bundledDatabase() throws -> OilStatDatabase {
        let database = try OilStatDatabase.inMemory()
        try BundledData(directory: repository.appendingPathComponent("Data")).loadIfNeeded(into: database)
        return database
    }

    /// Loads long-CSV `text` (under a test source) into `database`.
    static func load(_ text: String, into database: OilStatDatabase) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oilstat-analysis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("figures.csv")
        try Data(text.utf8).write(to: url)
        _ = try LongCSVLoader().load(url, into: database)
    }
}
