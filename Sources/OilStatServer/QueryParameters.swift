import Foundation
import OilStatCore

/// The parameters of a request's query string, decoded (`+` is a space, `%XX` escapes), each name at most once
/// and only names the route knows: anything else is a 400 with a message naming it.
public struct QueryParameters: Sendable {
    private var values: [String: String]

    /// The longest value accepted, in bytes.
    public static let maximumValueLength = 512

    /// Parses `query` (the part after `?`, or `nil`), accepting only the names in `allowed`.
    ///
    /// - Throws: ``ProblemDetails`` (400) for an unknown or repeated name, bad escapes or an over-long value.
    public init(query: String?, allowed: Set<String>) throws {
        values = [:]
        guard let query, !query.isEmpty else { return }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), let value = Self.decode(parts.count > 1 ? parts[1] : "") else {
                throw ProblemDetails.badParameter(String(parts[0]), "the query string has a bad %-escape")
            }
            guard allowed.contains(name) else {
                let known = allowed.sorted().joined(separator: ", ")
                throw ProblemDetails.badParameter(
                    name, "unknown parameter \"\(Self.printable(name))\" (known: \(known.isEmpty ? "none" : known))")
            }
            guard values[name] == nil else {
                throw ProblemDetails.badParameter(name, "parameter \"\(name)\" is given more than once")
            }
            guard value.utf8.count <= Self.maximumValueLength else {
                throw ProblemDetails.badParameter(
                    name, "parameter \"\(name)\" is longer than \(Self.maximumValueLength) bytes")
            }
            values[name] = value
        }
    }

    /// The text of `name`, if given (an empty value counts as not given).
    public func text(_ name: String) -> String? {
        guard let value = values[name], !value.isEmpty else { return nil }
        return value
    }

    /// The month `name` (YYYY-MM), if given, with the CLI's message when it is bad.
    public func month(_ name: String) throws -> Month? {
        guard let text = text(name) else { return nil }
        do {
            return try Month(parsing: text, formats: .dashed)
        } catch {
            throw ProblemDetails.badParameter(
                name, "The value '\(Self.printable(text))' is invalid for '--\(name) <YYYY-MM>': \(error)")
        }
    }

    /// The month `name`, which the route needs.
    public func requiredMonth(_ name: String) throws -> Month {
        guard let month = try month(name) else { throw Self.missing(name, valueName: "YYYY-MM") }
        return month
    }

    /// The text `name`, which the route needs.
    public func requiredText(_ name: String, valueName: String) throws -> String {
        guard let text = text(name) else { throw Self.missing(name, valueName: valueName) }
        return text
    }

    /// The whole number `name`, if given.
    public func integer(_ name: String) throws -> Int? {
        guard let text = text(name) else { return nil }
        guard let value = Int(text) else {
            throw ProblemDetails.badParameter(
                name, "The value '\(Self.printable(text))' is invalid for '--\(name) <N>'")
        }
        return value
    }

    /// The flag `name`: absent, `false` or `0` is false; empty, `true` or `1` is true.
    public func flag(_ name: String) throws -> Bool {
        guard let value = values[name] else { return false }
        switch value.lowercased() {
        case "", "true", "1": return true
        case "false", "0": return false
        default:
            throw ProblemDetails.badParameter(
                name, "The value '\(Self.printable(value))' is invalid for '--\(name)': give true or false")
        }
    }

    /// The message ArgumentParser prints for a missing option.
    static func missing(_ name: String, valueName: String) -> ProblemDetails {
        ProblemDetails.badParameter(name, "Missing expected argument '--\(name) <\(valueName)>'")
    }

    /// `text` decoded from a query string, or `nil` for a bad escape or bytes that are not UTF-8.
    static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// `text` with control characters shown as `?`, for messages.
    static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : $0 }))
    }
}
