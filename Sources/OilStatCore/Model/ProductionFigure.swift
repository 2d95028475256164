/// One published production figure: who produced how much in which month, by whose account.
public struct ProductionFigure: Hashable, Sendable, Codable {
    /// The producer's code (ISO alpha-2 for countries).
    public var producer: String
    public var month: Month
    /// The product code, e.g. `CRUDEOIL` (see ``Product``).
    public var product: String
    /// The flow code, `INDPROD` for production.
    public var flow: String
    /// The value in ``unit``.
    public var value: Double
    /// The unit code, e.g. `KBD`.
    public var unit: String
    /// The source's name, e.g. "OPEC MOMR secondary sources".
    public var source: String
    /// JODI's assessment code (1...4), when the source has one.
    public var assessment: Int?
    /// A note or URL for the figure.
    public var note: String?

    public init(
        producer: String, month: Month, product: String = Product.crude.code, flow: String = Flow.production.code,
        value: Double, unit: String = UnitCode.kbd.code, source: String, assessment: Int? = nil, note: String? = nil
    ) {
        self.producer = producer
        self.month = month
        self.product = product
        self.flow = flow
        self.value = value
        self.unit = unit
        self.source = source
        self.assessment = assessment
        self.note = note
    }
}
