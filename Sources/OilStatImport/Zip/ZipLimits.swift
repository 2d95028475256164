/// How much a `.zip` may unpack to, checked before and while an entry is extracted, so that a small hostile
/// archive (a "zip bomb") cannot fill the disk or take minutes.
///
/// The defaults take any real download (JODI's world file unpacks to about 1 GB at about 10:1) and stop a bomb
/// such as 6 GB of zeros in 6 MB at once.
public struct ZipLimits: Sendable, Equatable {
    /// The largest entry extracted, in bytes (default 4 GiB).
    public var maximumSize: Int
    /// The largest ratio of extracted to compressed bytes (default 200:1) ...
    public var maximumRatio: Int
    /// ... checked once this many bytes are extracted (default 16 MiB), so small files may compress better.
    public var ratioAllowance: Int

    public init(maximumSize: Int = 4 << 30, maximumRatio: Int = 200, ratioAllowance: Int = 16 << 20) {
        self.maximumSize = maximumSize
        self.maximumRatio = maximumRatio
        self.ratioAllowance = ratioAllowance
    }

    /// What is wrong with `extracted` bytes out of `compressed` read, if anything.
    func violation(extracted: Int, compressed: Int) -> String? {
        if extracted > maximumSize {
            return "unpacks to more than \(Self.describe(maximumSize)) (the limit for a .zip entry): extract it "
                + "yourself if it is genuine"
        }
        if extracted > ratioAllowance && extracted / max(compressed, 1) > maximumRatio {
            return "unpacks to more than \(maximumRatio) times its compressed size (\(Self.describe(extracted)) from "
                + "\(Self.describe(compressed))): refused as a likely zip bomb"
        }
        return nil
    }

    /// A byte count in binary units, e.g. "4 GiB", "16.5 MiB".
    static func describe(_ bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        if unit == 0 { return "\(bytes) bytes" }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? "\(Int(rounded)) \(units[unit])" : "\(rounded) \(units[unit])"
    }
}
