/// Where an agreement in the database came from: the bundled data, or a file loaded with `oilstat agreements load`.
///
/// The origin is kept in the agreement's `source` column, ahead of the citation: a loaded agreement's source starts
/// with `Loaded from "PATH". ` (quotes and backslashes in the path escaped with a backslash), a bundled one's does
/// not. ``Agreement/origin`` and ``Agreement/citation`` read it back.
public enum AgreementOrigin: Hashable, Sendable, CustomStringConvertible {
    /// From the bundled data (`Data/agreements.csv`, or the folder `$OILSTAT_DATA` names).
    case bundled
    /// Loaded from the agreements file at this path.
    case file(String)

    /// The words that start a loaded agreement's source.
    static let prefix = "Loaded from \""

    /// `bundled` or `loaded from PATH`, as `oilstat agreements` lists it.
    public var description: String {
        switch self {
        case .bundled: return "bundled"
        case .file(let path): return "loaded from \(path)"
        }
    }

    /// The text stored in the `source` column: the origin (for a loaded agreement), then `citation`.
    public func source(citing citation: String) -> String {
        guard case .file(let path) = self else { return citation }
        var escaped = ""
        for character in path {
            if character == "\"" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        let tag = Self.prefix + escaped + "\"."
        return citation.isEmpty ? tag : tag + " " + citation
    }

    /// The origin and the citation a stored `source` holds.
    public static func split(source: String) -> (origin: AgreementOrigin, citation: String) {
        guard source.hasPrefix(prefix) else { return (.bundled, source) }
        var path = ""
        var rest = source.dropFirst(prefix.count)
        while let character = rest.first {
            rest = rest.dropFirst()
            if character == "\\", let next = rest.first {
                path.append(next)
                rest = rest.dropFirst()
            } else if character == "\"" {
                guard rest.first == "." else { return (.bundled, source) }
                return (.file(path), String(rest.dropFirst().drop { $0 == " " }))
            } else {
                path.append(character)
            }
        }
        return (.bundled, source)
    }
}

extension Agreement {
    /// Where the agreement came from (see ``AgreementOrigin``).
    public var origin: AgreementOrigin { AgreementOrigin.split(source: source).origin }

    /// Where the agreement's figures come from, without the origin.
    public var citation: String { AgreementOrigin.split(source: source).citation }
}
