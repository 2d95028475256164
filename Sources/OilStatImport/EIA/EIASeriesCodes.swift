import Foundation

/// EIA's international codes and how they map to OilStat's product, flow and unit codes.
public enum EIASeriesCodes {
    /// productId → product code: 57 crude incl. lease condensate, 55 crude + NGPL + other liquids,
    /// 53 total petroleum and other liquids.
    public static let products: [String: String] = ["57": "CRUDECOND", "55": "TOTLIQ", "53": "TOTPETLIQ"]
    /// activityId → flow code: 1 production.
    public static let activities: [String: String] = ["1": "INDPROD"]
    /// unit → unit code: TBPD (thousand barrels per day) is kb/d.
    public static let units: [String: String] = ["TBPD": "KBD"]

    /// The value markers EIA uses for "no figure": `--`, `NA`, `ie` (insufficient data), `-`, empty.
    public static let missingMarkers: Set<String> = ["", "--", "-", "NA", "na", "ie", "(s)", "W", "x", ".."]

    /// Whether a region code names a country (an ISO alpha-3 code) rather than an aggregate (WORL, OPEC...).
    public static func isCountryCode(_ code: String) -> Bool {
        code.count == 3 && code.allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// The producer reference of an EIA region: `c` countries by alpha-3, `r` regions as aggregates.
    static func producer(region: String, typeID: String?, name: String?) -> ParsedFigure.ProducerReference {
        switch typeID {
        case "c": return .alpha3(region, name: name)
        case "r": return .aggregate(region, name: name)
        default: return isCountryCode(region) ? .alpha3(region, name: name) : .aggregate(region, name: name)
        }
    }

    /// A value cell: a JSON number, a numeric string, or a missing marker (nil); `.invalid` otherwise.
    static func value(_ cell: Any?) -> EIAValue {
        guard let cell, !(cell is NSNull) else { return .missing }
        if let text = cell as? String {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if missingMarkers.contains(trimmed) { return .missing }
            if let number = Double(trimmed), number.isFinite { return .number(number) }
            return .invalid(text)
        }
        if let number = cell as? NSNumber {
            let value = number.doubleValue
            return value.isFinite ? .number(value) : .missing
        }
        return .invalid(String(describing: cell))
    }
}

