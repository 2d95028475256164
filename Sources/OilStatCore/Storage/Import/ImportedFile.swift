/// The file an import stores: what the ledger records about it and the source its figures are filed under.
package struct ImportedFile: Sendable {
    /// The name recorded and shown in errors.
    package var name: String
    /// The format as the ledger records it (`jodi`, `eia-api`, `eia-bulk`, `ei`).
    package var format: String
    /// Lower-case hex SHA-256 of the file's bytes: an earlier import with the same one and format is not repeated.
    package var sha256: String
    /// The vintage of the figures: the day the file was published (``PublicationDate/undated`` when unknown).
    package var vintage: PublicationDate
    /// Where the vintage comes from, for the summary (e.g. "file modified; set with --vintage"); nil when given.
    package var vintageOrigin: String?
    /// The name of the publication (e.g. "JODI world_Primary_CSV.zip of 2025-11-17"); nil for the default.
    package var publication: String?
    /// The source the figures are filed under, created with `sourceDescription` when it is new.
    package var source: String
    package var sourceDescription: String

    package init(
        name: String, format: String, sha256: String, vintage: PublicationDate, source: String,
        sourceDescription: String, vintageOrigin: String? = nil, publication: String? = nil
    ) {
        self.vintageOrigin = vintageOrigin
        self.publication = publication
        self.name = name
        self.format = format
        self.sha256 = sha256
        self.vintage = vintage
        self.source = source
        self.sourceDescription = sourceDescription
    }
}
