extension FigureKey {
    /// A dimension that does not fit its field of the packed key.
    public struct RangeError: Error, Equatable, Sendable, CustomStringConvertible {
        /// The dimension and its value.
        public enum Dimension: Equatable, Sendable {
            case source(Int), producer(Int), month(Month), product(Int), flow(Int), unit(Int)
        }

        /// What does not fit.
        public var dimension: Dimension

        /// E.g. `month 9999-12 is outside 1900-01...2200-12` or `producer id 5000 is above 4095`.
        public var description: String {
            switch dimension {
            case .month(let month): return "month \(month) is outside \(Month.first)...\(Month.last)"
            case .source(let id): return "source id \(id) is outside 0...1023 (too many sources)"
            case .producer(let id): return "producer id \(id) is outside 0...4095 (too many producers)"
            case .product(let id): return "product id \(id) is outside 0...255 (too many products)"
            case .flow(let id): return "flow id \(id) is outside 0...255 (too many flows)"
            case .unit(let id): return "unit id \(id) is outside 0...255 (too many units)"
            }
        }
    }
}
