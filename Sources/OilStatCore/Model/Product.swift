/// An oil product a figure measures: crude oil, crude including condensate, NGL, refined products...
///
/// Codes follow JODI's code list where JODI has one; the rest are OilStat's own. The fixed ``id`` of
/// each built-in code is its place in that list, so figures of a JODI file arrive in key order.
public struct Product: Hashable, Sendable, Codable {
    /// The stored integer code.
    public var id: Int
    /// The code, e.g. `CRUDEOIL`.
    public var code: String
    /// A readable name, e.g. "Crude oil".
    public var name: String

    public init(id: Int, code: String, name: String) {
        self.id = id
        self.code = code
        self.name = name
    }

    /// Crude oil (JODI CRUDEOIL; OPEC secondary sources measure crude only).
    public static let crude = Product(id: 1, code: "CRUDEOIL", name: "Crude oil")

    /// The built-in products, in JODI code-list order, then OilStat's own.
    public static let builtIn: [Product] = [
        crude,
        Product(id: 2, code: "NGL", name: "Natural gas liquids"),
        Product(id: 3, code: "OTHERCRUDE", name: "Other primary products"),
        Product(id: 4, code: "TOTCRUDE", name: "Total crude (crude + NGL + other)"),
        Product(id: 5, code: "GASOLINE", name: "Gasoline"),
        Product(id: 6, code: "KEROSENE", name: "Kerosene"),
        Product(id: 7, code: "GASDIES", name: "Gas/diesel oil"),
        Product(id: 8, code: "RESFUEL", name: "Fuel oil"),
        Product(id: 9, code: "LPG", name: "LPG"),
        Product(id: 10, code: "ONONSPEC", name: "Other products"),
        Product(id: 11, code: "TOTPRODS", name: "Total products"),
        Product(id: 12, code: "NAPHTHA", name: "Naphtha"),
        Product(id: 13, code: "JETKERO", name: "Kerosene-type jet fuel"),
        Product(id: 20, code: "CRUDECOND", name: "Crude oil including lease condensate"),
        Product(id: 21, code: "TOTLIQ", name: "Crude oil, NGPL and other liquids"),
        Product(id: 22, code: "TOTPETLIQ", name: "Total petroleum and other liquids"),
    ]
}

/// A flow of JODI's balance (production, imports, stocks...); production figures use ``production``.
public struct Flow: Hashable, Sendable, Codable {
    /// The stored integer code.
    public var id: Int
    /// The code, e.g. `INDPROD`.
    public var code: String
    /// A readable name.
    public var name: String

    public init(id: Int, code: String, name: String) {
        self.id = id
        self.code = code
        self.name = name
    }

    /// Production (JODI INDPROD, EIA activity 1).
    public static let production = Flow(id: 1, code: "INDPROD", name: "Production")

    /// The built-in flows, in JODI's primary-flow order, then the secondary-only ones.
    public static let builtIn: [Flow] = [
        production,
        Flow(id: 2, code: "OSOURCES", name: "From other sources"),
        Flow(id: 3, code: "TOTIMPSB", name: "Imports"),
        Flow(id: 4, code: "TOTEXPSB", name: "Exports"),
        Flow(id: 5, code: "TRANSBAK", name: "Products transferred / backflows"),
        Flow(id: 6, code: "DIRECUSE", name: "Direct use"),
        Flow(id: 7, code: "STOCKCH", name: "Stock change"),
        Flow(id: 8, code: "REFINOBS", name: "Refinery intake"),
        Flow(id: 9, code: "CLOSTLV", name: "Closing stocks"),
        Flow(id: 10, code: "STATDIFF", name: "Statistical difference"),
        Flow(id: 11, code: "TOTDEMO", name: "Demand"),
        Flow(id: 12, code: "REFGROUT", name: "Refinery gross output"),
        Flow(id: 13, code: "RECEIPTS", name: "Receipts"),
        Flow(id: 14, code: "PTRANSF", name: "Products transferred"),
        Flow(id: 15, code: "IPTRANSF", name: "Interproduct transfers"),
    ]
}

/// The unit code a stored figure carries (JODI's codes: KBD, KBBL, KTONS, KL, CONVBBL).
public struct UnitCode: Hashable, Sendable, Codable {
    /// The stored integer code.
    public var id: Int
    /// The code, e.g. `KBD`.
    public var code: String

    public init(id: Int, code: String) {
        self.id = id
        self.code = code
    }

    /// Thousand barrels per day.
    public static let kbd = UnitCode(id: 1, code: "KBD")

    /// The built-in unit codes, in the order JODI files list them.
    public static let builtIn: [UnitCode] = [
        kbd,
        UnitCode(id: 2, code: "KBBL"),
        UnitCode(id: 3, code: "KL"),
        UnitCode(id: 4, code: "KTONS"),
        UnitCode(id: 5, code: "CONVBBL"),
    ]
}
