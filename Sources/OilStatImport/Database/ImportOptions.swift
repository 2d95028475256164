import Foundation
import OilStatCore

/// How to import a file: its format (detected when nil), the source to file figures under,
/// the vintage, a row filter and whether to show progress.
public struct ImportOptions: Sendable, Equatable {
    /// The format; nil detects it from the file's name and first bytes.
    public var format: ImportFormat?
    /// The source name; nil uses the format's (`JODI`, `EIA`, `Energy Institute`).
    public var source: String?
    /// The vintage of the figures: the day they were published. Nil takes the date the file gives (EIA's
    /// `last_updated`), else the file's modification day.
    public var vintage: PublicationDate?
    /// The name of the publication (default: "SOURCE FILE of DATE").
    public var publication: String?
    /// The modification day of the file as given (``pinModificationDay(path:)``), for an importer that reads the
    /// data through another path (an unpacked `.zip`).
    var modificationDay: PublicationDate?
    /// Which rows to keep; the others are counted as skipped.
    public var filter: ImportFilter
    /// Progress on standard error: nil shows it only when standard error is a terminal.
    public var progress: Bool?
    /// The name recorded and shown in errors; nil uses the path as given.
    public var displayName: String?
    /// How much a `.zip` may unpack to (default: 4 GiB, at most 200:1).
    public var zipLimits = ZipLimits()

    public init(
        format: ImportFormat? = nil, source: String? = nil, vintage: PublicationDate? = nil,
        publication: String? = nil, filter: ImportFilter = ImportFilter(), progress: Bool? = nil,
        displayName: String? = nil
    ) {
        self.publication = publication
        self.format = format
        self.source = source
        self.vintage = vintage
        self.filter = filter
        self.progress = progress
        self.displayName = displayName
    }
}

extension ImportOptions {
    /// The vintage of the file at `path` and where it comes from (nil when given): ``vintage``, else `fileDate`
    /// (a date the file states), else the file's modification day.
    func resolvedVintage(path: String, fileDate: PublicationDate? = nil) -> (PublicationDate, String?) {
        if let vintage { return (vintage, nil) }
        if let fileDate { return (fileDate, "the file's last_updated; set with --vintage") }
        if let day = modificationDay ?? Self.modificationDay(path: path) {
            return (day, "file modified; set with --vintage")
        }
        return (.undated, "undated; set with --vintage")
    }

    /// The day (UTC) the file at `path` was last modified.
    static func modificationDay(path: String) -> PublicationDate? {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.modificationDate] as? Date).flatMap(PublicationDate.init)
    }

    /// Records the modification day of the file at `path`, so that an importer that reads the data through another
    /// path (an unpacked `.zip`) keeps the file's own date.
    mutating func pinModificationDay(path: String) {
        modificationDay = Self.modificationDay(path: path)
    }

    /// The ledger's description of a file of this import at `path`, filed under `source`.
    func importedFile(
        name: String, path: String, format: ImportFormat, sha256: String, fileDate: PublicationDate? = nil
    ) -> ImportedFile {
        let (vintage, origin) = resolvedVintage(path: path, fileDate: fileDate)
        return ImportedFile(
            name: name, format: format.rawValue, sha256: sha256, vintage: vintage,
            source: source ?? format.defaultSource, sourceDescription: format.sourceDescription,
            vintageOrigin: origin, publication: publication)
    }
}
