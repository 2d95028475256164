import OilStatCore

extension FigureImportSession {
    /// The producer id of a reference as a file names it, adding the producer when it is unknown.
    func producerID(for reference: ParsedFigure.ProducerReference) throws -> Int {
        switch reference {
        case .alpha2(let code): return try producerID(code: code)
        case .alpha3(let code, let name): return try producerID(alpha3: code, name: name)
        case .aggregate(let code, let name): return try aggregateID(code: code, name: name)
        }
    }
}
