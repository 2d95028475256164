import OilStatCore

extension ImportFilter {
    /// Whether the filter keeps `figure`.
    func accepts(_ figure: ParsedFigure) -> Bool {
        Self.accepts(figure.producerCode, producers) && Self.accepts(figure.product, products)
            && Self.accepts(figure.flow, flows) && Self.accepts(figure.unit, units)
    }
}
