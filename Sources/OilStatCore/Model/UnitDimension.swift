/// The unit code a stored figure carries (JODI's codes: KBD, KBBL, KTONS, KL, CONVBBL).
///
/// The database stores only the code; the names are for people.
public typealias UnitCode = Code<UnitDimension>

/// The unit of a figure (JODI `UNIT_MEASURE`, EIA `unit`).
public enum UnitDimension: CodeDimension {
    /// Thousand barrels per day.
    public static let kbd = UnitCode(id: 1, code: "KBD", name: "Thousand barrels per day")

    /// The built-in unit codes, in the order JODI files list them.
    public static let builtIn: [UnitCode] = [
        kbd,
        UnitCode(id: 2, code: "KBBL", name: "Thousand barrels"),
        UnitCode(id: 3, code: "KL", name: "Kilolitres"),
        UnitCode(id: 4, code: "KTONS", name: "Thousand metric tons"),
        UnitCode(id: 5, code: "CONVBBL", name: "Barrels per metric ton (conversion factor)"),
    ]
}

extension Code where Dimension == UnitDimension {
    /// Thousand barrels per day.
    public static var kbd: UnitCode { UnitDimension.kbd }
}
