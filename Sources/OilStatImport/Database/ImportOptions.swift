import OilStatCore

/// How to import a file: its format (detected when nil), the source to file figures under,
/// the vintage, a row filter and whether to show progress.
public struct ImportOptions: Sendable, Equatable {
    /// The format; nil detects it from the file's name and first bytes.
    public var format: ImportFormat?
    /// The source name; nil uses the format's (`JODI`, `EIA`, `Energy Institute`).
    public var source: String?
    /// The vintage (release) of the figures, e.g. the download date.
    public var vintage: String
    /// Which rows to keep; the others are counted as skipped.
    public var filter: ImportFilter
    /// Progress on standard error: nil shows it only when standard error is a terminal.
    public var progress: Bool?
    /// The name recorded and shown in errors; nil uses the path as given.
    public var displayName: String?
    /// How much a `.zip` may unpack to (default: 4 GiB, at most 200:1).
    public var zipLimits = ZipLimits()

    public init(
        format: ImportFormat? = nil, source: String? = nil, vintage: String = "",
        filter: ImportFilter = ImportFilter(), progress: Bool? = nil, displayName: String? = nil
    ) {
        self.format = format
        self.source = source
        self.vintage = vintage
        self.filter = filter
        self.progress = progress
        self.displayName = displayName
    }
}
