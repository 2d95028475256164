import Foundation
import OilStatCore

/// Reads EIA JSON with `JSONSerialization` and turns its errors into `FILE:LINE: column N: not valid JSON (...)`.
///
/// `JSONSerialization` says where it stopped only in its debug text ("Invalid value around character 17."),
/// as a byte offset: that offset is turned into a line and column of the input.
enum EIAJSON {
    /// The JSON value of `bytes`, which start on line `firstLine` of `fileName`.
    static func parse(_ bytes: Data, fileName: String, firstLine: Int = 1) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed])
        } catch {
            throw syntaxError(error, in: bytes, fileName: fileName, firstLine: firstLine)
        }
    }

    /// The one-line error for a `JSONSerialization` failure on `bytes`.
    static func syntaxError(_ error: Error, in bytes: Data, fileName: String, firstLine: Int) -> OilStatError {
        let debug = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
        var reason = debug
        var offset: Int?
        for marker in [" around character ", " starting from character "] {
            guard let range = reason.range(of: marker) else { continue }
            offset = Int(reason[range.upperBound...].prefix { $0.isASCII && $0.isNumber })
            reason = String(reason[..<range.lowerBound])
        }
        if reason.hasPrefix("Unexpected end of file") { offset = bytes.count }
        while reason.hasSuffix(".") { reason.removeLast() }
        if let first = reason.first { reason = first.lowercased() + reason.dropFirst() }
        if reason.isEmpty { reason = "the data is not in the correct format" }
        guard let offset else {
            return OilStatError(file: fileName, line: firstLine, message: "not valid JSON (\(reason))")
        }
        let (line, column) = position(of: min(offset, bytes.count), in: bytes)
        return OilStatError(
            file: fileName, line: firstLine + line - 1, field: "column \(column)",
            message: "not valid JSON (\(reason))")
    }

    /// The 1-based line and column (in bytes) of byte `offset` of `bytes`.
    static func position(of offset: Int, in bytes: Data) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for (index, byte) in bytes.prefix(offset).enumerated() where byte == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }

    /// Whether a parsed value is JSON `true` or `false`. `JSONSerialization` gives booleans as `NSNumber`s
    /// (so `as? NSNumber` takes `true` for 1); they are the ones whose type code is `c` (char), which no
    /// JSON number gets.
    static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }
}
