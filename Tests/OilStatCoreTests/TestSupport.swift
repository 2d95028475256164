import Foundation

@testable import OilStatCore

/// The repository's `Data/` folder and a database loaded from it.
enum TestSupport {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let dataDirectory = repository.appendingPathComponent("Data")

    static func bundledDatabase() throws -> OilStatDatabase {
        let database = try OilStatDatabase.inMemory()
        try BundledData(directory: dataDirectory).loadIfNeeded(into: database)
        return database
    }

    /// Writes `text` to a new temporary file named `name` and returns its URL.
    static func temporaryFile(_ name: String, _ text: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oilstat-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }
}
