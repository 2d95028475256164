/// What an EIA value cell holds.
enum EIAValue: Equatable {
    /// A finite number.
    case number(Double)
    /// null, `--`, `NA`, `ie`... (never zero).
    case missing
    /// Anything else, as written.
    case invalid(String)
}
