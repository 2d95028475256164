/// One annual figure of the Energy Institute's Statistical Review, e.g. US `oilprod_kbd` 2018.
public struct AnnualFigure: Sendable, Equatable {
    /// The country or total as EI names it (`US`, `Saudi Arabia`, `Total World`).
    public var country: String
    /// ISO 3166 alpha-3 code; nil for regional totals.
    public var alpha3: String?
    /// The year.
    public var year: Int
    /// The variable, e.g. `oilprod_kbd`, `oilprod_mt`.
    public var variable: String
    /// The value; nil when missing in the file.
    public var value: Double?
    /// The line of the file it was read from.
    public var line: Int?

    public init(country: String, alpha3: String?, year: Int, variable: String, value: Double?, line: Int? = nil) {
        self.country = country
        self.alpha3 = alpha3
        self.year = year
        self.variable = variable
        self.value = value
        self.line = line
    }

    /// Whether the row is a regional or group total rather than a country.
    public var isAggregate: Bool { alpha3 == nil || country.hasPrefix("Total ") }

    /// How the producer is named: by alpha-3 code, or as an aggregate (by its alpha-3 code or its name).
    var producerReference: ParsedFigure.ProducerReference {
        if let alpha3, !isAggregate { return .alpha3(alpha3, name: country) }
        return .aggregate(alpha3 ?? country, name: country)
    }
}
