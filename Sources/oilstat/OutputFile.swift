import Foundation
import OilStatCore

/// Writes report files whole or not at all: to a temporary file first, then renamed into place.
enum OutputFile {
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw OilStatError(file: path, message: "cannot write the file (\(error.localizedDescription))")
        }
    }
}
