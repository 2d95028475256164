/// The file an import stores: what the ledger records about it and the source its figures are filed under.
package struct ImportedFile: Sendable {
    /// The name recorded and shown in errors.
    package var name: String
    /// The format as the ledger records it (`jodi`, `eia-api`, `eia-bulk`, `ei`).
    package var format: String
    /// Lower-case hex SHA-256 of the file's bytes: an earlier import with the same one and format is not repeated.
    package var sha256: String
    /// The vintage (release) of the figures.
    package var vintage: String
    /// The source the figures are filed under, created with `sourceDescription` when it is new.
    package var source: String
    package var sourceDescription: String

    package init(
        name: String, format: String, sha256: String, vintage: String, source: String,
        sourceDescription: String
    ) {
        self.name = name
        self.format = format
        self.sha256 = sha256
        self.vintage = vintage
        self.source = source
        self.sourceDescription = sourceDescription
    }
}
