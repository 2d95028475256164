/// Finds the known names closest to a mistyped one, for "did you mean ...?" hints.
public enum NameSuggester {
    /// Up to `limit` names within an edit distance of a third of the input's length (at least 2),
    /// closest first; names that start with the input come first.
    public static func closest(to input: String, among names: [String], limit: Int = 3) -> [String] {
        let needle = input.lowercased()
        guard !needle.isEmpty else { return [] }
        let budget = max(2, needle.count / 3)
        var scored: [(name: String, score: Int)] = []
        var seen = Set<String>()
        for name in names where seen.insert(name.lowercased()).inserted {
            let lower = name.lowercased()
            if lower.hasPrefix(needle) && needle.count >= 3 {
                scored.append((name, 0))
            } else {
                let distance = editDistance(needle, lower)
                if distance <= budget { scored.append((name, distance)) }
            }
        }
        return scored.sorted { ($0.score, $0.name) < ($1.score, $1.name) }.prefix(limit).map(\.name)
    }

    /// The Levenshtein distance between two strings.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
