import Foundation

/// The file formats OilStat imports.
public enum ImportFormat: String, CaseIterable, Sendable {
    /// JODI Oil World Database CSV (`REF_AREA,TIME_PERIOD,ENERGY_PRODUCT,...`).
    case jodi
    /// EIA API v2 JSON (`response.data[]`).
    case eiaAPI = "eia-api"
    /// EIA bulk file: one JSON series per line (`INTL.57-1-SAU-TBPD.M`).
    case eiaBulk = "eia-bulk"
    /// Energy Institute Statistical Review consolidated dataset, narrow CSV (annual).
    case energyInstitute = "ei"

    /// The source figures are filed under unless `--source` says otherwise.
    public var defaultSource: String {
        switch self {
        case .jodi: return "JODI"
        case .eiaAPI, .eiaBulk: return "EIA"
        case .energyInstitute: return "Energy Institute"
        }
    }

    /// A description of the default source, stored when the source is created.
    public var sourceDescription: String {
        switch self {
        case .jodi: return "JODI Oil World Database (national administrations' submissions)"
        case .eiaAPI, .eiaBulk: return "U.S. Energy Information Administration, international energy statistics"
        case .energyInstitute:
            return "Energy Institute Statistical Review of World Energy, consolidated dataset (annual)"
        }
    }

    /// The extensions (lower case, no dot) of this format's data file inside a `.zip`.
    public var fileExtensions: Set<String> {
        switch self {
        case .jodi, .energyInstitute: return ["csv"]
        case .eiaAPI: return ["json"]
        case .eiaBulk: return ["txt", "json"]
        }
    }

    /// Detects the format from the first bytes of a file (a header line or the start of a JSON document).
    ///
    /// - Returns: nil when nothing matches.
    public static func detect(firstBytes: [UInt8]) -> ImportFormat? {
        var bytes = firstBytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
        let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        if trimmed.hasPrefix("{") || trimmed.hasPrefix("[") {
            if trimmed.contains("\"series_id\"") { return .eiaBulk }
            if trimmed.contains("\"response\"") || trimmed.contains("\"data\"") { return .eiaAPI }
            return nil
        }
        let firstLine = trimmed.prefix { $0 != "\n" && $0 != "\r" }.uppercased()
        if firstLine.contains("REF_AREA") && firstLine.contains("TIME_PERIOD") && firstLine.contains("OBS_VALUE") {
            return .jodi
        }
        let names = firstLine.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\t" })
            .map { $0.trimmingCharacters(in: .init(charactersIn: "\" ")) }
        if names.contains("VAR") && names.contains("VALUE") && names.contains("YEAR") { return .energyInstitute }
        return nil
    }
}
