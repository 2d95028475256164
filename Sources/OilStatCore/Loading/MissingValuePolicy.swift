import Foundation

/// The markers an input format uses for "no figure": one policy per format, and the only place they are listed.
///
/// | Policy | Read by | Missing (after trimming whitespace) | An error, not missing |
/// |---|---|---|---|
/// | ``longCSV`` | `load`, bundled `Data/` | empty `-` `x` `X` `..` `n/a` `N/A` | `--`, `NA` |
/// | ``jodi`` | `import`, `share --jodi` | as ``longCSV``, and `--` | `NA` (Namibia's code) |
/// | ``eia`` | `import` (EIA JSON) | empty `-` `--` `x` `..` `NA` `na` `ie` `(s)` `W`, `null` | `true`, `false` |
/// | ``energyInstitute`` | `import` (EI CSV) | as ``longCSV``, and `^` (less than 0.05) | `--`, `NA` |
///
/// A missing value is never zero: a row with one is counted as missing and not stored (an import marks an
/// earlier figure of the same key as withdrawn), and shares and sums leave it out. A genuine `0` is a figure.
///
/// ```swift
/// MissingValuePolicy.longCSV.isMissing(" .. ")   // true
/// MissingValuePolicy.longCSV.isMissing("NA")     // false: "NA" is not a number, an error for the loader
/// MissingValuePolicy.eia.isMissing("NA")         // true
/// ```
public struct MissingValuePolicy: Sendable, Equatable {
    /// The markers, as written once the whitespace around them is trimmed.
    public let markers: Set<String>
    /// The markers' UTF-8 bytes, for byte-level scanners (see `OilStatImport.ByteSpan.isMissing(_:)`).
    public let utf8Markers: [[UInt8]]

    /// A policy treating `markers` (compared after trimming whitespace) as missing.
    public init(markers: Set<String>) {
        self.markers = markers
        self.utf8Markers = markers.map { Array($0.utf8) }
    }

    /// Whether `text`, trimmed of whitespace, is one of the markers.
    public func isMissing(_ text: String) -> Bool {
        markers.contains(text.trimmingCharacters(in: .whitespaces))
    }

    /// The long CSV of `oilstat load`, the bundled data tables and MOMR-style tables.
    public static let longCSV = MissingValuePolicy(markers: ["", "-", "x", "X", "..", "n/a", "N/A"])

    /// JODI's World Database CSV: ``longCSV``'s markers and `--`; `NA` is Namibia, never a marker.
    public static let jodi = MissingValuePolicy(markers: longCSV.markers.union(["--"]))

    /// EIA's API v2 and bulk files.
    public static let eia = MissingValuePolicy(markers: ["", "--", "-", "NA", "na", "ie", "(s)", "W", "x", ".."])

    /// The Energy Institute's consolidated CSV: ``longCSV``'s markers and `^` (less than 0.05).
    public static let energyInstitute = MissingValuePolicy(markers: longCSV.markers.union(["^"]))
}
