import OilStatImport

/// A publisher's file `oilstat update` fetches: where it lives, what it must look like and how it is imported.
public enum UpdateSource: String, CaseIterable, Sendable {
    /// The JODI Oil World Database, primary products (`world_Primary_CSV.zip`, one CSV inside).
    case jodi
    /// EIA API v2 international data: monthly crude oil production (product 57, activity 1), thousand barrels a day.
    case eia
    /// EIA bulk file `INTL.zip` (one JSON series a line), for users without an API key.
    case eiaBulk = "eia-bulk"

    /// The publisher's address, used unless `--base-url` or ``environmentVariable`` says otherwise.
    public var defaultURL: String {
        switch self {
        case .jodi: return "https://www.jodidata.org/_resources/files/downloads/oil-data/world_Primary_CSV.zip"
        case .eia: return "https://api.eia.gov/v2/international/data/"
        case .eiaBulk: return "https://api.eia.gov/bulk/INTL.zip"
        }
    }

    /// The environment variable that overrides ``defaultURL``.
    public var environmentVariable: String {
        switch self {
        case .jodi: return "OILSTAT_JODI_URL"
        case .eia: return "OILSTAT_EIA_URL"
        case .eiaBulk: return "OILSTAT_EIA_BULK_URL"
        }
    }

    /// The name of the downloaded file in the cache folder.
    public var cacheFileName: String {
        switch self {
        case .jodi: return "world_Primary_CSV.zip"
        case .eia: return "eia-international.json"
        case .eiaBulk: return "INTL.zip"
        }
    }

    /// The format the file is imported as.
    public var format: ImportFormat {
        switch self {
        case .jodi: return .jodi
        case .eia: return .eiaAPI
        case .eiaBulk: return .eiaBulk
        }
    }

    /// Whether the download is a `.zip` archive (checked before import).
    public var isZip: Bool { self != .eia }

    /// The publisher, as the terms of use name it.
    public var publisher: String {
        switch self {
        case .jodi: return "JODI Oil World Database (jodidata.org)"
        case .eia, .eiaBulk: return "U.S. Energy Information Administration (eia.gov)"
        }
    }
}
