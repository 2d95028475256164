/// The values a stored figure may take, stated once for every importer: finite; at least zero unless the
/// flow is signed; at most a plausibility bound that depends on the unit.
///
/// The bounds start from one country's oil flow: at most **50,000 kb/d** (the largest producer today makes
/// about 13,000 kb/d, the largest consumer about 20,000), and an aggregate's (a region, OPEC, the world) at
/// most **200,000 kb/d** (world production is about 100,000 kb/d). The other units follow from it:
///
/// | unit | meaning | one country | aggregate |
/// |---|---|---|---|
/// | KBD | thousand barrels a day | 50,000 | 200,000 |
/// | KBBL | thousand barrels in a month: KBD × 31 days | 1,550,000 | 6,200,000 |
/// | KL | thousand kilolitres in a month: KBBL × 0.158987 | 246,430 | 985,719 |
/// | KTONS | thousand tonnes in a month: KBBL ÷ 6 barrels a tonne (the densest oils) | 258,333 | 1,033,333 |
/// | CONVBBL | a conversion factor (barrels per tonne or per kiloton), ≥ 0 whatever the flow | 20,000 | 20,000 |
/// | any other | | 1,000,000,000 | 4,000,000,000 |
///
/// A stock level (`CLOSTLV`) may hold a year of flow: 12 × the bound. Stock changes, statistical differences
/// and transfers between products (`STOCKCH`, `STATDIFF`, `IPTRANSF`, `PTRANSF`) may be negative down to
/// minus the bound, and so may a flow this table does not know (its sign is not known). Every other flow —
/// production, other sources, trade, backflows, direct use, refinery intake and output, receipts, demand and
/// stock levels — is at least 0.
///
/// Annual figures (the Energy Institute) are checked where the variable says what they are: `oilprod_*_kbd`
/// as KBD, and `oilprod_*_mt` in million tonnes a year: KBD × 366 days ÷ 6 barrels a tonne, 3,050 for one
/// country and 12,200 for an aggregate.
public enum FigureBounds {
    /// One country's largest plausible flow, kb/d.
    public static let countryKBD = 50_000.0
    /// How much larger an aggregate's bound is: 4, so 200,000 kb/d.
    public static let aggregateScale = 4.0
    /// How many months of flow a stock level may hold: 12.
    public static let levelMonths = 12.0
    /// The days of the longest month: 31.
    public static let longestMonthDays = 31.0
    /// Kilolitres in a barrel.
    public static let kilolitresPerBarrel = 0.158987
    /// Barrels in a tonne of the densest oils (bitumen, residual fuel oil): 6, so the most tonnes per barrel.
    public static let densestBarrelsPerTonne = 6.0
    /// The largest conversion factor (`CONVBBL`): 20,000 (LPG has about 11,600 barrels per kiloton).
    public static let conversionFactorLimit = 20_000.0
    /// The bound for a unit this table does not know.
    public static let otherUnitLimit = 1e9

    /// Flows that may be negative: stock change, statistical difference, interproduct transfers, products
    /// transferred.
    public static let signedFlows: Set<String> = ["STOCKCH", "STATDIFF", "IPTRANSF", "PTRANSF"]
    /// Stock levels.
    public static let levelFlows: Set<String> = ["CLOSTLV"]
    /// Flows that are at least 0 (JODI's code list, primary and secondary).
    public static let nonNegativeFlows: Set<String> = [
        "INDPROD", "OSOURCES", "TOTIMPSB", "TOTEXPSB", "TRANSBAK", "DIRECUSE", "REFINOBS", "REFGROUT", "RECEIPTS",
        "TOTDEMO",
    ]

    /// How a flow's values may range.
    public enum FlowKind: Sendable, Equatable {
        /// At least 0, at most the bound.
        case nonNegative
        /// Either sign, at most the bound in magnitude.
        case signed
        /// A stock level: at least 0, at most ``levelMonths`` × the bound.
        case level
    }

    /// The kind of the flow with `code` (a flow not in the lists is ``FlowKind/signed``).
    public static func kind(ofFlow code: String) -> FlowKind {
        if levelFlows.contains(code) { return .level }
        if nonNegativeFlows.contains(code) { return .nonNegative }
        return .signed
    }

    /// The bound of one country's flow in the unit with `code` (`KBD`, `KBBL`, `KL`, `KTONS`, `CONVBBL`...).
    public static func countryLimit(unit code: String) -> Double {
        let kbbl = countryKBD * longestMonthDays
        switch code {
        case "KBD": return countryKBD
        case "KBBL": return kbbl
        case "KL": return kbbl * kilolitresPerBarrel
        case "KTONS": return kbbl / densestBarrelsPerTonne
        case "CONVBBL": return conversionFactorLimit
        default: return otherUnitLimit
        }
    }

    /// The values allowed for a figure of `flow` in `unit`, of an aggregate or of one country.
    public static func range(unit: String, flow: String, aggregate: Bool) -> ClosedRange<Double> {
        if unit == "CONVBBL" { return 0...conversionFactorLimit }
        return range(limit: countryLimit(unit: unit) * (aggregate ? aggregateScale : 1), kind: kind(ofFlow: flow))
    }

    /// The values allowed for a flow of `kind` whose bound is `limit`.
    public static func range(limit: Double, kind: FlowKind) -> ClosedRange<Double> {
        switch kind {
        case .nonNegative: return 0...limit
        case .signed: return -limit...limit
        case .level: return 0...(limit * levelMonths)
        }
    }

    /// The values allowed for the Energy Institute's annual `variable`, or nil when the variable is not one
    /// this table bounds (only finiteness and the number grammar are checked then).
    public static func annualRange(variable: String, aggregate: Bool) -> ClosedRange<Double>? {
        guard variable.hasPrefix("oilprod_") else { return nil }
        let scale = aggregate ? aggregateScale : 1
        if variable.hasSuffix("_kbd") { return 0...(countryKBD * scale) }
        if variable.hasSuffix("_mt") { return 0...(countryKBD * 366 / densestBarrelsPerTonne / 1000 * scale) }
        return nil
    }

    /// Why `value` is outside `range`, in words after the value (`unit` may be empty), e.g.
    /// `is below 0: INDPROD figures cannot be negative` or
    /// `is above 50,000, the largest plausible KBD INDPROD figure for one country`. Nil when it is inside.
    public static func problem(
        _ value: Double, range: ClosedRange<Double>, unit: String, flow: String,
        aggregate: Bool
    ) -> String? {
        if range.contains(value) { return nil }
        let whose = aggregate ? "an aggregate" : "one country"
        let what = unit.isEmpty ? flow : "\(unit) \(flow)"
        if !value.isFinite { return "is not a finite number" }
        if value < 0 && range.lowerBound == 0 { return "is below 0: \(flow) figures cannot be negative" }
        if value < range.lowerBound {
            let bound = NumberText.grouped(range.lowerBound)
            return "is below \(bound), the smallest plausible \(what) figure for \(whose)"
        }
        return "is above \(NumberText.grouped(range.upperBound)), the largest plausible \(what) figure for \(whose)"
    }
}
