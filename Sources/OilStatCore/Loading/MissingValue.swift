/// The markers statistical files use for "no figure": `-`, `x`, `..`, `--`, `NA`... and an empty field.
///
/// A missing value is never zero: rows with one are counted as missing and not stored.
public enum MissingValue {
    /// The markers of the long CSV, JODI and MOMR tables (empty, `-`, `x`, `..`; `X` and `n/a` too).
    public static let markers: Set<String> = ["", "-", "x", "X", "..", "n/a", "N/A"]

    /// Whether `text` (trimmed) is a missing marker.
    public static func isMissing(_ text: String) -> Bool {
        markers.contains(text.trimmingCharacters(in: .whitespaces))
    }
}
