import OilStatImport

/// One file of a source to fetch: its address, its name in the cache and its format.
struct PlannedDownload: Sendable {
    /// The label in messages (`jodi`, `jodi 2025`).
    var label: String
    /// The address.
    var address: String
    /// The file name in the cache.
    var cacheName: String
    /// The format it is imported as.
    var format: ImportFormat
    /// Whether it is a `.zip`.
    var zip: Bool

    /// The files of `source` for `request`: one, or for JODI with `--since` the yearly primary files
    /// (`annual-csv/primary/YEAR.csv` beside the world file) from that year to `currentYear`.
    static func files(
        of source: UpdateSource, address: String, request: UpdateRequest, currentYear: Int
    ) -> [PlannedDownload] {
        if source == .jodi, let since = request.since {
            let folder = address.split(separator: "/", omittingEmptySubsequences: false).dropLast()
                .joined(separator: "/")
            return (since.year...max(since.year, currentYear)).map { year in
                PlannedDownload(
                    label: "jodi \(year)", address: "\(folder)/annual-csv/primary/\(year).csv",
                    cacheName: "jodi-primary-\(year).csv", format: .jodi, zip: false)
            }
        }
        return [
            PlannedDownload(
                label: source.rawValue, address: address, cacheName: source.cacheFileName, format: source.format,
                zip: source.isZip)
        ]
    }
}
