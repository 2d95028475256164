import OilStatCore

/// Converts stored kb/d figures into the unit a report asks for, producer by producer and month by month.
///
/// Rates (kb/d, mb/d, b/d) and monthly volumes (kbbl) need only the days of the month, leap years
/// included. Tonnes need barrels per tonne: the producer's own factor when the database carries JODI's
/// `CONVBBL` figure for it (barrels per thousand tonnes, so 7,323 means 7.323 bbl/t), else
/// `ProductionUnit.defaultBarrelsPerTonne` (7.33). Every report states which was used.
public struct UnitConversion: Sendable {
    /// The unit reports show.
    public let unit: ProductionUnit
    /// Barrels per tonne from the data, by producer id and month.
    public let factors: [Int: [Month: Double]]

    /// A conversion that needs no factors (every unit but tonnes, or tonnes at the default factor).
    public init(unit: ProductionUnit, factors: [Int: [Month: Double]] = [:]) {
        self.unit = unit
        self.factors = factors
    }

    /// Kb/d, the unit figures are stored in.
    public static let kbd = UnitConversion(unit: .kbd)

    /// Loads the conversion factors `unit` needs for `producers` (only tonnes need any).
    ///
    /// A producer's factor for a month is its `CONVBBL` figure for that month (from `preferredSource` if it
    /// has one, else from any source), else its figure for the nearest month; else the default.
    public static func load(
        unit: ProductionUnit, producers: some Collection<Int>, preferredSource: Int? = nil,
        database: OilStatDatabase
    ) throws -> UnitConversion {
        guard unit == .kt, !producers.isEmpty else { return UnitConversion(unit: unit) }
        let wanted = Set(producers)
        let rows = try database.unit(code: "CONVBBL").map { try database.figures(FigureSelection(unit: $0.id)) } ?? []
        var preferred: [Int: [Month: Double]] = [:]
        var other: [Int: [Month: Double]] = [:]
        for row in rows where wanted.contains(row.key.producer) {
            guard let barrelsPerTonne = Self.barrelsPerTonne(convbbl: row.value) else { continue }
            if row.key.source == preferredSource {
                preferred[row.key.producer, default: [:]][row.key.month] = barrelsPerTonne
            } else if other[row.key.producer]?[row.key.month] == nil {
                other[row.key.producer, default: [:]][row.key.month] = barrelsPerTonne
            }
        }
        var factors = other
        for (producer, months) in preferred { factors[producer, default: [:]].merge(months) { _, new in new } }
        return UnitConversion(unit: unit, factors: factors)
    }

    /// Barrels per tonne from a `CONVBBL` figure: JODI's files give barrels per thousand tonnes (7,323 = 7.323
    /// bbl/t), some copies barrels per tonne (7.2605); a value outside 4–15 bbl/t either way is not a crude or NGL
    /// factor and is ignored (nil), so the stated default applies.
    public static func barrelsPerTonne(convbbl value: Double) -> Double? {
        let perTonne = value > 100 ? value / 1000 : value
        return (4...15).contains(perTonne) ? perTonne : nil
    }

    /// One month's figures of a source and product in kb/d, whatever unit each was stored in.
    public struct MonthValues: Sendable {
        /// kb/d by producer id.
        public var kbd: [Int: Double]
        /// Producers whose figure was stored in thousand tonnes, with the barrels per tonne used to convert it
        /// and whether that factor is the source's own `CONVBBL` figure.
        public var fromTonnes: [Int: (barrelsPerTonne: Double, fromData: Bool)]
        /// Producers whose figure was stored as thousand barrels in the month.
        public var fromVolume: Set<Int>

        /// Notes naming the figures converted to kb/d (none when every figure was stored in kb/d).
        public func notes(producers: [Int: Producer]) -> [String] {
            var notes: [String] = []
            if !fromTonnes.isEmpty {
                let listed = fromTonnes.sorted { (producers[$0.key]?.code ?? "") < (producers[$1.key]?.code ?? "") }
                    .map { id, factor in
                        let origin = factor.fromData ? "the source's CONVBBL factor" : "default, no CONVBBL factor"
                        return "\(producers[id]?.code ?? String(id)) at "
                            + "\(NumberText.fixed(factor.barrelsPerTonne, decimals: 3)) bbl/t (\(origin))"
                    }
                notes.append(
                    "Stored in kt (thousand tonnes in the month) and converted to kb/d × days: "
                        + "\(listed.joined(separator: ", ")).")
            }
            if !fromVolume.isEmpty {
                let codes = fromVolume.map { producers[$0]?.code ?? String($0) }.sorted()
                notes.append(
                    "Stored in kbbl (thousand barrels in the month) and converted to kb/d by the days of the month: "
                        + "\(codes.joined(separator: ", ")).")
            }
            return notes
        }
    }

    /// The figures of `month`, `source` and `product` in kb/d: stored kb/d figures as they are, and for a producer
    /// with none, its thousand-tonne figure (at the source's `CONVBBL` barrels per tonne for that producer and
    /// month, else `ProductionUnit.defaultBarrelsPerTonne`) or its thousand-barrel figure (by the days of the
    /// month). No figure vanishes because of the unit it was stored in.
    ///
    /// - Parameters:
    ///   - month: the month of the figures.
    ///   - source: the source id.
    ///   - product: the product id.
    ///   - producers: limit to these producer ids (nil: every producer).
    ///   - database: the store to read.
    public static func storedKBD(
        month: Month, source: Int, product: Int, producers: Set<Int>? = nil, database: OilStatDatabase
    ) throws -> MonthValues {
        func read(_ unit: Int) throws -> [Int: Double] {
            let values = try database.values(month: month, source: source, product: product, unit: unit)
            guard let producers else { return values }
            return values.filter { producers.contains($0.key) }
        }
        var result = MonthValues(kbd: try read(UnitCode.kbd.id), fromTonnes: [:], fromVolume: [])
        if let tonnes = try database.unit(code: "KTONS") {
            let kt = try read(tonnes.id).filter { result.kbd[$0.key] == nil }
            if !kt.isEmpty {
                let factors = try database.unit(code: "CONVBBL").map { try read($0.id) } ?? [:]
                for (producer, value) in kt {
                    let own = factors[producer].flatMap(Self.barrelsPerTonne(convbbl:))
                    let barrelsPerTonne = own ?? ProductionUnit.defaultBarrelsPerTonne
                    result.kbd[producer] = ProductionUnit.kt.toKBD(value, in: month, barrelsPerTonne: barrelsPerTonne)
                    result.fromTonnes[producer] = (barrelsPerTonne, own != nil)
                }
            }
        }
        if let barrels = try database.unit(code: "KBBL") {
            for (producer, value) in try read(barrels.id) where result.kbd[producer] == nil {
                result.kbd[producer] = ProductionUnit.kbbl.toKBD(value, in: month)
                result.fromVolume.insert(producer)
            }
        }
        return result
    }

    /// The barrels per tonne used for `producer` in `month`, and whether it comes from the data.
    public func barrelsPerTonne(producer: Int, month: Month) -> (value: Double, fromData: Bool) {
        guard let months = factors[producer], !months.isEmpty else {
            return (ProductionUnit.defaultBarrelsPerTonne, false)
        }
        if let exact = months[month] { return (exact, true) }
        let nearest = months.min {
            (abs($0.key.index - month.index), $0.key) < (abs($1.key.index - month.index), $1.key)
        }!
        return (nearest.value, true)
    }

    /// `kbd` in the report's unit for `producer` in `month`.
    public func convert(_ kbd: Double, producer: Int, month: Month) -> Double {
        unit.fromKBD(kbd, in: month, barrelsPerTonne: barrelsPerTonne(producer: producer, month: month).value)
    }

    /// The heading suffix for value columns, e.g. `kb/d`, `kbbl`, `kt`.
    public var heading: String {
        switch unit {
        case .kbd, .mbd, .bd: return unit.label
        case .kbbl: return "kbbl"
        case .kt: return "kt"
        }
    }

    /// Decimals that suit the unit in a table: whole kb/d, b/d, kbbl and kt; three decimals of mb/d.
    public var decimals: Int { unit == .mbd ? 3 : 0 }

    /// The notes a report carries about its unit, e.g. `Unit: kb/d (thousand barrels per day).`
    ///
    /// - Parameter producers: the producers shown, for naming those with a factor of their own (tonnes only).
    public func notes(producers: [Producer] = []) -> [String] {
        var notes: [String]
        switch unit {
        case .kbd: notes = ["Unit: kb/d (thousand barrels per day)."]
        case .mbd: notes = ["Unit: mb/d (million barrels per day)."]
        case .bd: notes = ["Unit: b/d (barrels per day)."]
        case .kbbl:
            notes = ["Unit: kbbl (thousand barrels) in each month, kb/d × days of the month (leap years included)."]
        case .kt:
            notes = ["Unit: kt (thousand tonnes) in each month, kb/d × days of the month / barrels per tonne."]
            let own = producers.filter { factors[$0.id]?.isEmpty == false }
            if own.isEmpty {
                notes.append(
                    "Barrels per tonne: \(ProductionUnit.defaultBarrelsPerTonne) "
                        + "(default; no JODI CONVBBL factor in the data)."
                )
            } else {
                let listed = own.map { producer -> String in
                    let values = Set(factors[producer.id]!.values.map { NumberText.fixed($0, decimals: 3) }).sorted()
                    return "\(producer.code) \(values.joined(separator: "/"))"
                }
                notes.append(
                    "Barrels per tonne: JODI CONVBBL for \(listed.joined(separator: ", ")); "
                        + "\(ProductionUnit.defaultBarrelsPerTonne) (default) for the others."
                )
            }
        }
        return notes
    }
}
