import Foundation
import OilStatCore
import OilStatImport

/// Checks a finished download before it replaces the cached file: a `.zip` must be whole (its central directory
/// read, one data entry of the source's format, not encrypted); a CSV must start with the JODI header. The import
/// then checks every entry's CRC-32 and every row, in one transaction.
public enum DownloadVerifier {
    /// Verifies the file at `path`, downloaded for `source`, shown as `name` in errors.
    ///
    /// - Throws: `OilStatError` naming the file and what is wrong.
    public static func verify(path: String, name: String, expecting format: ImportFormat, zip: Bool) throws {
        let file = try InputFile(path: path, displayName: name)
        if zip {
            guard try ZipInput.isZip(file) else {
                throw OilStatError(
                    file: name, line: 1,
                    message: "not a zip archive (the server sent \(file.size) bytes starting "
                        + "\(Self.quoted(try file.prefix(16))))")
            }
            let entries = try ZipInput.entries(of: file)
            let data = entries.filter {
                !$0.isDirectory && !$0.isMetadata && format.fileExtensions.contains($0.fileExtension)
            }
            guard let entry = data.first else {
                let names = entries.map(\.name).joined(separator: ", ")
                throw OilStatError(file: name, message: "the archive holds no data file (entries: \(names))")
            }
            if entry.isEncrypted { throw OilStatError.unsupported("\(entry.name) is encrypted", file: name) }
            return
        }
        guard ImportFormat.detect(firstBytes: try file.prefix(8192)) == format else {
            throw OilStatError(
                file: name, line: 1,
                message: "not a \(format.rawValue) file (starts \(Self.quoted(try file.prefix(40))))")
        }
    }

    private static func quoted(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self).map { $0.isASCII && !$0.isNewline ? String($0) : "?" }
        return "\"" + text.joined() + "\""
    }
}
