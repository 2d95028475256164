import Foundation
import GRDB
import OilStatCore

@testable import OilStatImport

/// Fixtures, temporary files and database helpers for the importer tests.
enum ImportTestSupport {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    /// The path of a fixture file.
    static func fixture(_ name: String) -> String { testsFolder.appendingPathComponent("Fixtures/\(name)").path }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "oilstat-import-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes `text` to a new temporary file and returns its path.
    static func temporaryFile(_ text: String) throws -> String { try temporaryFile(name: "input.csv", text) }

    /// Writes `text` to a new temporary file named `name` and returns its path.
    static func temporaryFile(name: String, _ text: String) throws -> String {
        let url = try temporaryFolder().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The JODI header line.
    static let jodiHeader =
        "REF_AREA,TIME_PERIOD,ENERGY_PRODUCT,FLOW_BREAKDOWN,UNIT_MEASURE,OBS_VALUE,ASSESSMENT_CODE\n"

    /// Every record of a JODI file as (line, fields by column) — for assertions.
    static func records(_ path: String) throws -> [(line: Int, area: String, period: String, value: String)] {
        var out: [(Int, String, String, String)] = []
        try JODIScanner(path: path).forEachRecord { record in
            out.append(
                (record.line, record.field(.area).string, record.field(.period).string, record.field(.value).string))
        }
        return out
    }

    /// The stored figures of the default JODI source as "producer month product flow unit" → value.
    static func figures(_ database: OilStatDatabase, source: String = "JODI") throws -> [String: Double] {
        try database.queue.read { db in
            var result: [String: Double] = [:]
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT producer, month, product, flow, unit, value FROM production WHERE source = ?
                    """, arguments: [source])
            for row in rows {
                let key = [row[0], row[1], row[2], row[3], row[4]].map { (value: String) in value }.joined(
                    separator: " ")
                result[key] = row[5]
            }
            return result
        }
    }

    /// The number of rows in `production_figure`.
    static func figureCount(_ database: OilStatDatabase) throws -> Int { try database.figureCount() }
}
