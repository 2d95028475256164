/// A structural problem in a ``ReportTable``, found by ``ReportTable/validate()``.
public enum ReportTableError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A body row (0-based `row`) or the totals row (`row == nil`) has a different number of cells than columns.
    case cellCount(row: Int?, expected: Int, found: Int)
    /// Two columns share a key, so CSV headers and JSON objects would be ambiguous.
    case duplicateKey(String)

    /// The problem in words, e.g. `row 2 has 4 cells but the table has 5 columns`.
    public var description: String {
        switch self {
        case .cellCount(let row, let expected, let found):
            let which = row.map { "row \($0 + 1)" } ?? "the totals row"
            return "\(which) has \(found) cells but the table has \(expected) columns"
        case .duplicateKey(let key):
            return "two columns share the key \"\(key)\""
        }
    }
}
