import Foundation
import OilStatCore

/// EIA's international codes and how they map to OilStat's product, flow and unit codes.
public enum EIASeriesCodes {
    /// productId → product code: 57 crude incl. lease condensate, 55 crude + NGPL + other liquids,
    /// 53 total petroleum and other liquids.
    public static let products: [String: String] = ["57": "CRUDECOND", "55": "TOTLIQ", "53": "TOTPETLIQ"]
    /// activityId → flow code: 1 production.
    public static let activities: [String: String] = ["1": "INDPROD"]
    /// unit → unit code: TBPD (thousand barrels per day) is kb/d.
    public static let units: [String: String] = ["TBPD": "KBD"]

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

    /// A value cell: a JSON number, a numeric string (``OilStatCore/NumberParser/Style/plain``: no hex, no
    /// trailing text), or a missing marker (``OilStatCore/MissingValuePolicy/eia``); `.invalid` otherwise, JSON
    /// `true` and `false` included.
    static func value(_ cell: Any?) -> EIAValue {
        guard let cell, !(cell is NSNull) else { return .missing }
        if let text = cell as? String {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if MissingValuePolicy.eia.isMissing(trimmed) { return .missing }
            if let number = NumberParser.parse(trimmed, style: .plain) { return .number(number) }
            return .invalid(text)
        }
        if EIAJSON.isBoolean(cell) { return .invalid(text(cell)) }
        if let number = cell as? NSNumber {
            let value = number.doubleValue
            return value.isFinite ? .number(value) : .invalid(number.stringValue)
        }
        return .invalid(String(describing: cell))
    }

    /// The text of a cell for a message: a string as written, a number or boolean as JSON writes it.
    static func text(_ cell: Any?) -> String {
        if let text = cell as? String { return text }
        if let cell, EIAJSON.isBoolean(cell) { return (cell as? NSNumber)?.boolValue == true ? "true" : "false" }
        if let number = cell as? NSNumber { return number.stringValue }
        return cell.map { String(describing: $0) } ?? "null"
    }

    /// The rule a region code breaks, or nil: 1 to 16 capital letters or digits (`SAU`, `WORL`, `OPEC`).
    static func problem(code: String) -> String? {
        let bytes = Array(code.utf8)
        let capitalsAndDigits = bytes.allSatisfy { (65...90).contains($0) || (48...57).contains($0) }
        guard (1...16).contains(bytes.count), capitalsAndDigits else {
            return "\(InputText.quoted(code)) is not an EIA region code "
                + "(1 to 16 capital letters or digits, e.g. SAU, WORL)"
        }
        return nil
    }

    /// The rule a region name breaks, or nil: no control characters (a NUL would cut the stored name short).
    static func problem(name: String) -> String? {
        name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
            ? "\(InputText.quoted(name)) has a control character (a NUL, a line break...)" : nil
    }
}
