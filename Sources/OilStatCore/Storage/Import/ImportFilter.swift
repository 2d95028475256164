/// Which rows of a file to keep: by product, flow, unit and producer code. An empty set keeps all.
///
/// Rows a filter rejects are counted as skipped, never stored. For example
/// `ImportFilter(products: ["CRUDEOIL"], flows: ["INDPROD"])` keeps crude oil production only.
public struct ImportFilter: Sendable, Equatable {
    /// Product codes to keep (`CRUDEOIL`, `NGL`...).
    public var products: Set<String>
    /// Flow codes to keep (`INDPROD`...).
    public var flows: Set<String>
    /// Unit codes to keep (`KBD`, `KBBL`...).
    public var units: Set<String>
    /// Producer codes to keep (`SA`, `US`...).
    public var producers: Set<String>

    public init(
        products: Set<String> = [], flows: Set<String> = [], units: Set<String> = [],
        producers: Set<String> = []
    ) {
        self.products = products
        self.flows = flows
        self.units = units
        self.producers = producers
    }

    /// Whether the filter keeps every row.
    public var isEmpty: Bool { products.isEmpty && flows.isEmpty && units.isEmpty && producers.isEmpty }

    /// Whether `code` passes the set for its dimension (case-insensitively).
    package static func accepts(_ code: String, _ allowed: Set<String>) -> Bool {
        if allowed.isEmpty || allowed.contains(code) { return true }
        let lower = code.lowercased()
        return allowed.contains { $0.lowercased() == lower }
    }
}
