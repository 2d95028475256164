/// Thrown by an import session when the file gives one figure twice: the codes of the figures among which
/// the repeat is, carried out of the rolled-back transaction so that the importer can find both places.
package struct RepeatedFigureCodes: Error {
    /// The figures of the statement that held the repeat (one of them is given twice).
    package let candidates: Set<FigureCodes>

    /// The error to show when the lines could not be found again.
    package func error(file: String) -> OilStatError {
        let keys = candidates.map(\.description).sorted().prefix(3).joined(separator: "; ")
        return OilStatError(
            file: file,
            message: "duplicate figure: one of \(keys) appears twice (a file gives each "
                + "figure once)")
    }
}
