/// One file or folder of a zip archive, as the archive's central directory describes it.
public struct ZipEntry: Sendable, Equatable {
    /// The name inside the archive, e.g. `world_Primary_CSV.csv` or `data/README.txt`.
    public var name: String
    /// The general-purpose flags (bit 0: encrypted).
    public var flags: UInt16
    /// The compression method: 0 stored, 8 deflate.
    public var method: UInt16
    /// The CRC-32 of the uncompressed data.
    public var crc32: UInt32
    /// The size of the stored (compressed) data in bytes.
    public var compressedSize: Int
    /// The size once extracted, in bytes.
    public var uncompressedSize: Int
    /// Where the entry's local header starts in the archive.
    public var localHeaderOffset: Int

    /// Whether this is a folder (a name ending in `/`).
    public var isDirectory: Bool { name.hasSuffix("/") }

    /// Whether the data is encrypted (traditional PKWARE or AES).
    public var isEncrypted: Bool { flags & 1 != 0 || method == 99 }

    /// Whether this is macOS metadata (`__MACOSX/...`, `._name`) rather than a data file.
    public var isMetadata: Bool { name.hasPrefix("__MACOSX/") || baseName.hasPrefix("._") }

    /// The last part of the name, e.g. `README.txt` for `data/README.txt`.
    public var baseName: String { name.split(separator: "/").last.map(String.init) ?? name }

    /// The extension in lower case without the dot (`csv`), or "" when there is none.
    public var fileExtension: String {
        guard let dot = baseName.lastIndex(of: "."), dot != baseName.startIndex else { return "" }
        return baseName[baseName.index(after: dot)...].lowercased()
    }

    /// The name of the compression method, for messages.
    var methodName: String {
        switch method {
        case 0: return "stored"
        case 8: return "deflate"
        case 9: return "deflate64"
        case 12: return "bzip2"
        case 14: return "LZMA"
        case 93: return "Zstandard"
        case 95: return "XZ"
        default: return "method \(method)"
        }
    }
}
