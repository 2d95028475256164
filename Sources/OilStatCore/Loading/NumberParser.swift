/// Parses the numbers of statistical files: `10633`, `10,633` (a quoted thousands group), `-422.4194`.
public enum NumberParser {
    /// The value of `text`, or nil when it is not a finite decimal number.
    ///
    /// Commas are accepted only as thousands separators (`1,234.5`), never as decimal commas.
    public static func parse(_ text: String) -> Double? {
        var s = text.trimmingCharacters(in: .whitespaces)
        if s.contains(",") {
            let parts = s.split(separator: ".", maxSplits: 1)
            let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
            let head = groups[0].hasPrefix("-") || groups[0].hasPrefix("+") ? groups[0].dropFirst() : groups[0][...]
            guard (1...3).contains(head.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            s = s.replacingOccurrences(of: ",", with: "")
        }
        guard !s.isEmpty, s.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E" }),
              let value = Double(s), value.isFinite else { return nil }
        return value
    }
}
