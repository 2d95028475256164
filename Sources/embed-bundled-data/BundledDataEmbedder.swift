import Foundation

/// Writes a Swift file that declares `EmbeddedData.files`: the text of each file named on the command line, by file
/// name, as a string literal. Run by the EmbedBundledData build plugin: `embed-bundled-data OUTPUT FILE...`.
///
/// An `@main` type rather than `main.swift`, so that it also builds where executables are compiled as libraries
/// (`swift build --sanitize fuzzer`, as `scripts/fuzz` does).
@main
enum BundledDataEmbedder {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let outputPath = arguments.first, arguments.count > 1 else {
            fail("usage: embed-bundled-data OUTPUT FILE...")
        }
        var source = """
            // Generated at build time by embed-bundled-data (the EmbedBundledData plugin) from Data/. Do not edit.

            /// The CSV files of the repository's `Data/` folder, compiled in.
            enum EmbeddedData {
                /// Each file's text, by file name (`producers.csv`...).
                static let files: [String: String] = [

            """
        for path in arguments.dropFirst() {
            guard let bytes = FileManager.default.contents(atPath: path) else { fail("\(path): cannot read the file") }
            let text = String(decoding: bytes, as: UTF8.self)
            guard text.utf8.elementsEqual(bytes) else { fail("\(path): not UTF-8 text") }
            source += "        \(literal(URL(fileURLWithPath: path).lastPathComponent)): \(literal(text)),\n"
        }
        source += "    ]\n}\n"
        do {
            try source.write(toFile: outputPath, atomically: true, encoding: .utf8)
        } catch {
            fail("\(outputPath): \(error.localizedDescription)")
        }
    }

    /// `text` as a Swift string literal whose value is exactly `text`.
    static func literal(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Prints `message` on standard error and ends the build step with status 1.
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("embed-bundled-data: \(message)\n".utf8))
        exit(1)
    }
}
