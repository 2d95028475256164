/// A figure's key as the codes of a file: producer, month, product, flow and unit.
package struct FigureCodes: Hashable, Sendable, CustomStringConvertible {
    package var producer: String
    package var monthIndex: Int
    package var product: String
    package var flow: String
    package var unit: String

    package init(producer: String, monthIndex: Int, product: String, flow: String, unit: String) {
        self.producer = producer
        self.monthIndex = monthIndex
        self.product = product
        self.flow = flow
        self.unit = unit
    }

    /// E.g. `SA 2024-01 CRUDEOIL INDPROD KBD`.
    package var description: String {
        "\(producer) \(Month(index: monthIndex)) \(product) \(flow) \(unit)"
    }
}
