import OilStatCore

/// Which entry of an archive holds the data to import.
///
/// With a format given, the one entry with that format's extension (`.csv` for JODI and the Energy Institute,
/// `.json` for the EIA API, `.txt` or `.json` for EIA bulk), or among several the one whose first bytes are in that
/// format. Without, the one entry whose first bytes are in a known format (or among several, the one named as a data
/// file): a `README.txt` beside `data.csv` is never taken. Entry names are plain text: `data[1].csv` or `*.csv` are
/// names, not patterns.
enum ZipEntryChoice {
    /// The first bytes read of each entry considered, enough for ``ImportFormat/detect(firstBytes:)``.
    static let headSize = 8192
    /// At most this many entries are looked into.
    static let mostEntriesRead = 64
    /// The extensions of data files, whose read errors are reported rather than skipped.
    static let dataExtensions: Set<String> = ["csv", "txt", "json", "tsv"]

    /// The entry of `entries` (those of `archive`) to import as `format` (any known format when nil).
    ///
    /// - Throws: ``OilStatCore/OilStatError`` naming the archive when no entry or several fit.
    static func dataEntry(
        of archive: InputFile, entries: [ZipEntry],
        expecting format: ImportFormat?
    ) throws -> ZipEntry {
        let files = entries.filter { !$0.isDirectory && !$0.isMetadata }
        guard !files.isEmpty else {
            throw OilStatError(file: archive.name, message: "the archive holds no files")
        }
        var pool = files
        if let format {
            let named = files.filter { format.fileExtensions.contains($0.fileExtension) }
            if named.count == 1 { return named[0] }
            if !named.isEmpty { pool = named }
        }
        let detected = try pool.prefix(mostEntriesRead).filter { entry in
            guard let found = try detectedFormat(of: entry, in: archive) else { return false }
            return format == nil || found == format
        }
        if detected.count == 1 { return detected[0] }
        let namedAsData = detected.filter { dataExtensions.contains($0.fileExtension) }
        if namedAsData.count == 1 { return namedAsData[0] }
        if pool.count == 1 { return pool[0] }
        let locked = pool.first { $0.isEncrypted && dataExtensions.contains($0.fileExtension) }
        if detected.isEmpty, let locked {
            return locked // extracting it says it is encrypted
        }
        let listed = (detected.isEmpty ? pool : detected).prefix(10).map(\.name).joined(separator: ", ")
        let what =
            format.map { "in the \($0.rawValue) format" }
            ?? "in a known format (JODI, EIA API, EIA bulk, Energy Institute)"
        let problem = detected.isEmpty ? "no entry is \(what)" : "several entries are \(what)"
        let advice = format == nil ? "extract the one to import, or give --format" : "extract the one to import"
        let more = pool.count > 10 ? ", ..." : ""
        throw OilStatError.unsupported("\(problem) (\(listed)\(more)): \(advice)", file: archive.name)
    }

    /// The format of `entry`'s first bytes; nil when unknown or unreadable (an encrypted entry, or a broken one
    /// that is not named as a data file).
    private static func detectedFormat(of entry: ZipEntry, in archive: InputFile) throws -> ImportFormat? {
        if entry.isEncrypted { return nil }
        do {
            return ImportFormat.detect(firstBytes: try ZipEntryReader(archive: archive, entry: entry).head(headSize))
        } catch  where !dataExtensions.contains(entry.fileExtension) {
            return nil
        }
    }
}
