import OilStatCore

/// A file to import, opened through `InputFile` (so a directory, device or FIFO is a clear error and
/// a pipe is spooled); a `.zip` is replaced by its data entry, extracted by ``ZipInput``.
public struct ImportInput: Sendable {
    /// The data to read: the file itself, or the extracted entry.
    public let file: InputFile
    /// The name errors and the import ledger show: the path, or `archive.zip:entry`.
    public let displayName: String

    /// Opens `path` (shown as `displayName` when given) for an import as `format` (detected when nil).
    ///
    /// - Throws: `OilStatError` naming the file, or the archive entry.
    public static func open(
        path: String, displayName: String? = nil, expecting format: ImportFormat?,
        zipLimits: ZipLimits = ZipLimits()
    ) throws -> ImportInput {
        let name = displayName ?? path
        let file = try InputFile(path: path, displayName: name)
        guard try ZipInput.isZip(file) else { return ImportInput(file: file, displayName: name) }
        let extracted = try ZipInput.extractDataFile(of: file, expecting: format, limits: zipLimits)
        return ImportInput(file: extracted.file, displayName: extracted.file.name)
    }
}
