import OilStatCore

/// One monthly figure read from a small file (EIA), before its codes are resolved to database ids.
public struct ParsedFigure: Sendable, Equatable {
    /// How the producer is named in the file.
    public enum ProducerReference: Sendable, Equatable {
        /// An ISO alpha-2 code (JODI).
        case alpha2(String)
        /// An ISO alpha-3 code, mapped to the alpha-2 producer through the producer table (EIA countries).
        case alpha3(String, name: String?)
        /// A regional or group total (EIA `WORL`, `OPEC`), stored as a producer of kind `aggregate`.
        case aggregate(String, name: String?)

        /// The code as written.
        public var code: String {
            switch self {
            case .alpha2(let code), .alpha3(let code, _), .aggregate(let code, _): return code
            }
        }
    }

    public var producer: ProducerReference
    public var month: Month
    /// Product code, e.g. `CRUDECOND`.
    public var product: String
    /// Flow code, e.g. `INDPROD`.
    public var flow: String
    /// Unit code, e.g. `KBD`.
    public var unit: String
    /// The value; nil when the file marks it missing.
    public var value: Double?
    /// Where the file gives it: the line (EIA bulk, from 1) or the index in `response.data` (EIA API, from 0).
    public var position: Int?

    public init(
        producer: ProducerReference, month: Month, product: String, flow: String, unit: String, value: Double?,
        position: Int? = nil
    ) {
        self.producer = producer
        self.month = month
        self.product = product
        self.flow = flow
        self.unit = unit
        self.value = value
        self.position = position
    }

    /// The figure's key as the file writes it.
    var codes: FigureCodes {
        FigureCodes(producer: producerCode, monthIndex: month.index, product: product, flow: flow, unit: unit)
    }

    /// The producer code as written.
    public var producerCode: String { producer.code }
}
