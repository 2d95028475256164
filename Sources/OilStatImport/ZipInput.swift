import OilStatCore

/// Reads a `.zip` as downloaded (JODI's `world_Primary_CSV.zip`, EIA's `INTL.zip`) in process: the data entry is
/// chosen by format (`ZipEntryChoice`) and extracted, within ``ZipLimits``, to a temporary file that has no name,
/// so that nothing is left behind whatever ends the process (Ctrl-C, `kill -9` included). No `unzip` is run.
///
/// For example:
/// ```swift
/// let archive = try InputFile(path: "world_Primary_CSV.zip")
/// if try ZipInput.isZip(archive) {
///     let (data, entry) = try ZipInput.extractDataFile(of: archive, expecting: .jodi)
///     print(entry.name, data.size)   // the CSV inside and its size in bytes
/// }
/// ```
public enum ZipInput {
    /// Whether `file` is a zip archive, by its first bytes (`PK\3\4`, or `PK\5\6` for an empty archive).
    public static func isZip(_ file: InputFile) throws -> Bool {
        let magic = try file.prefix(4)
        return magic == [0x50, 0x4B, 0x03, 0x04] || magic == [0x50, 0x4B, 0x05, 0x06]
    }

    /// The entries of the archive `file`, in directory order.
    ///
    /// - Throws: `OilStatError` when the archive is truncated, corrupt or split.
    public static func entries(of file: InputFile) throws -> [ZipEntry] { try ZipDirectory.entries(of: file) }

    /// Chooses the entry to import as `format` (any known format when nil) and extracts it to a temporary file with
    /// no name; the returned file is named `archive.zip:entry` in errors.
    ///
    /// - Throws: `OilStatError` naming the archive or the entry: no or several data entries, encrypted,
    ///   an unsupported method, truncated or corrupt data, a CRC-32 mismatch, or over `limits`.
    public static func extractDataFile(
        of archive: InputFile, expecting format: ImportFormat?,
        limits: ZipLimits = ZipLimits()
    ) throws -> (file: InputFile, entry: ZipEntry) {
        let entry = try ZipEntryChoice.dataEntry(of: archive, entries: entries(of: archive), expecting: format)
        let scratch = try ScratchFile(name: archive.name + ":" + entry.name)
        try extract(entry, of: archive, into: scratch, limits: limits)
        return (scratch.finish(), entry)
    }

    /// Extracts `entry` of `archive` to the end of `scratch`, checking `limits` before every write: after an error,
    /// `scratch` holds at most what the limits allow.
    public static func extract(
        _ entry: ZipEntry, of archive: InputFile, into scratch: ScratchFile,
        limits: ZipLimits = ZipLimits()
    ) throws {
        try ZipEntryReader(archive: archive, entry: entry).stream(limits: limits) { chunk in
            try scratch.append(chunk)
            return true
        }
    }
}
