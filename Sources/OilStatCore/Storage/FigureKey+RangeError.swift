extension FigureKey {
    /// A dimension that does not fit its field of the packed key.
    public struct RangeError: Error, Equatable, Sendable, CustomStringConvertible {
        /// The dimension and its value.
        public enum Dimension: Equatable, Sendable {
            case source(Int)
            case producer(Int)
            case month(Month)
            case product(Int)
            case flow(Int)
            case unit(Int)
        }

        /// What does not fit.
        public var dimension: Dimension

        /// E.g. `month 9999-12 is outside 1900-01...2200-12` or `producer id 5000 is outside 0...4095 (too many
        /// producers)`: the ranges are those of ``FigureKey/Field``.
        public var description: String {
            func outside(_ name: String, _ id: Int, _ field: FigureKey.Field, _ plural: String) -> String {
                "\(name) id \(id) is outside 0...\(field.mask) (too many \(plural))"
            }
            switch dimension {
            case .month(let month): return "month \(month) is outside \(Month.first)...\(Month.last)"
            case .source(let id): return outside("source", id, .source, "sources")
            case .producer(let id): return outside("producer", id, .producer, "producers")
            case .product(let id): return outside("product", id, .product, "products")
            case .flow(let id): return outside("flow", id, .flow, "flows")
            case .unit(let id): return outside("unit", id, .unit, "units")
            }
        }
    }
}
