/// Protection against CSV (formula) injection for text cells, per OWASP's "CSV Injection" guidance.
///
/// A spreadsheet treats a cell starting with `=`, `+`, `-` or `@` as a formula, and a leading tab or carriage
/// return can hide one. Such text gets a leading single quote (`'`), which spreadsheets show as plain text.
/// Only text cells are guarded: numbers such as `-12.5` are written as they are. ``DelimitedWriter`` applies it.
enum FormulaInjection {
    /// Whether a text cell starting with the byte `first` must be guarded: `=`, `+`, `-`, `@`, tab or CR.
    @inline(__always)
    static func isTrigger(_ first: UInt8) -> Bool {
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return true
        default: return false
        }
    }

}
