/// A coded value of one dimension of a figure: a product (`CRUDEOIL`), a flow (`INDPROD`) or a unit (`KBD`).
///
/// One type serves the three dimensions; its `Dimension` parameter keeps them apart, so a flow cannot be passed
/// where a product is expected. ``Product``, ``Flow`` and ``UnitCode`` name the three, and each dimension lists
/// its built-in codes (``builtIn``) with fixed ids: a code's ``id`` is its place in JODI's code list where JODI
/// has one, so the figures of a JODI file arrive in key order.
///
/// ```swift
/// Product.crude.code                      // "CRUDEOIL"
/// Flow.production.id                      // 1
/// UnitCode.builtIn.map(\.code)            // ["KBD", "KBBL", "KL", "KTONS", "CONVBBL"]
/// ```
public struct Code<Dimension: CodeDimension>: Hashable, Sendable, Codable {
    /// The stored integer code (1...255: it is a field of the packed ``FigureKey``).
    public var id: Int
    /// The code, e.g. `CRUDEOIL`, `INDPROD`, `KBD`.
    public var code: String
    /// A readable name, e.g. "Crude oil"; the code itself when there is none.
    public var name: String

    public init(id: Int, code: String, name: String) {
        self.id = id
        self.code = code
        self.name = name
    }

    /// A code without a readable name (its ``name`` is the code).
    public init(id: Int, code: String) {
        self.init(id: id, code: code, name: code)
    }

    /// The built-in codes of this dimension, in the order of ``id``s they are stored under.
    public static var builtIn: [Code] { Dimension.builtIn }
}
