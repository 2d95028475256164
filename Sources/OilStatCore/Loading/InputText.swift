/// Text from an input file as an error message shows it.
public enum InputText {
    /// `text` in double quotes, control characters (NUL, line breaks...) written `\u{0}`, and cut to `limit`
    /// characters with `…`, so that a damaged 100 MB field makes a one-line message.
    public static func quoted(_ text: some StringProtocol, limit: Int = 40) -> String {
        let scalars = text.unicodeScalars
        let shown = scalars.prefix(limit).map { scalar in
            scalar.value < 0x20 || scalar.value == 0x7F ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
        }
        return "\"" + shown.joined() + (scalars.count > limit ? "…" : "") + "\""
    }
}
