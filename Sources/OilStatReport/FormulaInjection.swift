/// Protection against CSV (formula) injection for text cells, per OWASP's "CSV Injection" guidance.
///
/// A spreadsheet treats a cell starting with `=`, `+`, `-` or `@` as a formula, and a leading tab or carriage
/// return can hide one. Such text gets a leading single quote (`'`), which spreadsheets show as plain text.
/// Only text cells are guarded: numbers such as `-12.5` are written as they are.
enum FormulaInjection {
    /// The first characters that make a spreadsheet read a cell as a formula.
    static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `text` prefixed with `'` if it starts with a formula trigger, else `text` unchanged.
    static func neutralize(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, triggers.contains(first) else { return text }
        return "'" + text
    }
}
