extension OilStatError {
    /// A name that matches nothing of its kind: `unknown producer "Saudi" (did you mean "Saudi Arabia"?)`, a
    /// ``Kind/notFound(suggestions:)`` carrying the closest known names (``NameSuggester``).
    ///
    /// - Parameters:
    ///   - kind: what was looked for, singular (`producer`, `source`, `agreement`, `group`).
    ///   - text: the name as given.
    ///   - names: the known names to suggest from.
    ///   - listing: the known names to list when none is close (`known sources: ...`); nil lists nothing.
    public static func unknown(_ kind: String, _ text: String, among names: [String], listing: [String]? = nil)
        -> OilStatError
    {
        let suggestions = NameSuggester.closest(to: text, among: names)
        var hint = ""
        if !suggestions.isEmpty {
            hint = " (did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?)"
        } else if let listing, !listing.isEmpty {
            hint = " (known \(kind)s: \(listing.joined(separator: ", ")))"
        }
        return .notFound("unknown \(kind) \"\(text)\"\(hint)", suggestions: suggestions)
    }
}
