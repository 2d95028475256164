import Foundation

/// Expected outputs stored as files under `Golden/`, next to this source file (not SwiftPM resources).
///
/// Set `OILSTAT_UPDATE_GOLDEN=1` to rewrite them from the current output after a deliberate change; review the
/// diff before committing.
enum GoldenFile {
    /// The folder holding the golden files.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The stored text of `name`, after rewriting it with `actual` if `OILSTAT_UPDATE_GOLDEN` is set.
    static func text(_ name: String, updatingWith actual: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["OILSTAT_UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url, options: .atomic)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
