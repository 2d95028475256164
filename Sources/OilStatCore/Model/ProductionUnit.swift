import Foundation

/// A unit in which production is measured: rates (per day) and volumes (per month).
///
/// Conversions between rates and volumes use the days of the month, leap years included;
/// conversions to mass use barrels per tonne (see ``ProductionUnit/defaultBarrelsPerTonne``).
public enum ProductionUnit: String, CaseIterable, Sendable, Codable {
    /// Thousand barrels per day (OPEC's "tb/d", EIA's "TBPD", JODI's "KBD").
    case kbd
    /// Million barrels per day.
    case mbd
    /// Barrels per day.
    case bd
    /// Thousand barrels in the month (JODI's "KBBL").
    case kbbl
    /// Thousand metric tonnes in the month (JODI's "KTONS").
    case kt

    /// The label reports print, e.g. `kb/d`.
    public var label: String {
        switch self {
        case .kbd: return "kb/d"
        case .mbd: return "mb/d"
        case .bd: return "b/d"
        case .kbbl: return "kbbl/month"
        case .kt: return "kt/month"
        }
    }

    /// Crude oil barrels per tonne used when the data carries no factor of its own
    /// (the commonly used world average, 7.33 bbl/t; JODI's CONVBBL overrides it per producer).
    public static let defaultBarrelsPerTonne = 7.33

    /// Parses the spellings analysts meet: `kb/d`, `kbd`, `tb/d`, `TBPD`, `mb/d`, `b/d`, `kbbl`, `kt`, `KTONS`...
    public init?(spelling: String) {
        switch spelling.lowercased().replacingOccurrences(of: " ", with: "") {
        case "kb/d", "kbd", "tb/d", "tbd", "tbpd", "kbpd", "thousandbarrelsperday": self = .kbd
        case "mb/d", "mbd", "mbpd", "millionbarrelsperday": self = .mbd
        case "b/d", "bd", "bpd", "barrelsperday": self = .bd
        case "kbbl", "kbbl/month", "tbbl", "thousandbarrels": self = .kbbl
        case "kt", "kt/month", "ktons", "kton", "thousandtonnes", "thousandmetrictons": self = .kt
        default: return nil
        }
    }

    /// Converts `value` in this unit to kb/d for `month`.
    ///
    /// - Parameters:
    ///   - value: the figure, in this unit.
    ///   - month: the month it is for (its number of days converts monthly amounts).
    ///   - barrelsPerTonne: used only for ``kt``.
    public func toKBD(_ value: Double, in month: Month, barrelsPerTonne: Double = defaultBarrelsPerTonne) -> Double {
        switch self {
        case .kbd: return value
        case .mbd: return value * 1000
        case .bd: return value / 1000
        case .kbbl: return value / Double(month.days)
        case .kt: return value * barrelsPerTonne / Double(month.days)
        }
    }

    /// Converts `kbd` (kb/d) to this unit for `month`.
    public func fromKBD(_ kbd: Double, in month: Month, barrelsPerTonne: Double = defaultBarrelsPerTonne) -> Double {
        switch self {
        case .kbd: return kbd
        case .mbd: return kbd / 1000
        case .bd: return kbd * 1000
        case .kbbl: return kbd * Double(month.days)
        case .kt: return kbd * Double(month.days) / barrelsPerTonne
        }
    }

    /// Whether values in this unit are rates (averaged over time) rather than volumes (summed).
    public var isRate: Bool { self == .kbd || self == .mbd || self == .bd }
}
