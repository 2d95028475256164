/// The vintage of a current figure in SQL: its own `vintage`, or when NULL (a bulk import writes none per row) the
/// `vintageDay` of its import (0, undated, when the import is not recorded).
enum CurrentVintage {
    /// The expression for the `production_figure` row named `alias`.
    static func sql(_ alias: String = "production_figure") -> String {
        "coalesce(\(alias).vintage, (SELECT vintageDay FROM import WHERE import.id = \(alias).importId), 0)"
    }
}
