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
    /// Where ``vintage`` came from when the importer chose it (``pinVintage(path:)``); nil when it was given.
    var vintageOrigin: String?
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
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let modified = attributes?[.modificationDate] as? Date, let day = PublicationDate(modified) {
            return (day, "file modified; set with --vintage")
        }
        return (.undated, "undated; set with --vintage")
    }

    /// Sets ``vintage`` from the file at `path` (its modification day) when it is not given, so that an importer
    /// that reads the data through another path (an unpacked `.zip`) keeps the file's own date.
    mutating func pinVintage(path: String) {
        guard vintage == nil else { return }
        let (day, origin) = resolvedVintage(path: path)
        vintage = day
        vintageOrigin = origin
    }

    /// The ledger's description of a file of this import at `path`, filed under `source`.
    func importedFile(
        name: String, path: String, format: ImportFormat, sha256: String, fileDate: PublicationDate? = nil
    ) -> ImportedFile {
        var (vintage, origin) = resolvedVintage(path: path, fileDate: fileDate)
        if vintageOrigin != nil { origin = vintageOrigin }
        return ImportedFile(
            name: name, format: format.rawValue, sha256: sha256, vintage: vintage,
            source: source ?? format.defaultSource, sourceDescription: format.sourceDescription,
            vintageOrigin: origin, publication: publication)
    }
}
