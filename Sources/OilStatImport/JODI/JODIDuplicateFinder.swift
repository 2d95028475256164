import OilStatCore

/// Finds the two lines of a JODI file that give the same figure, once an import has found that one repeats.
///
/// Only runs on the error path: it scans the file again and builds codes only for rows whose producer is
/// among the candidates, so it needs little memory however large the file.
enum JODIDuplicateFinder {
    /// The first repeated figure among `candidates`, with the line of its first and of its second appearance.
    static func find(
        in scanner: JODIScanner, candidates: Set<FigureCodes>,
        filter: ImportFilter
    ) throws -> (codes: FigureCodes, first: Int, second: Int)? {
        let producers = Set(candidates.map { Array($0.producer.utf8) })
        var firstLine: [FigureCodes: Int] = [:]
        var found: (codes: FigureCodes, first: Int, second: Int)?
        try scanner.forEachRecord { record in
            guard found == nil, producers.contains(record.field(.area).bytes),
                case .number = record.observation(), let month = record.monthIndex()
            else { return }
            let codes = FigureCodes(
                producer: record.field(.area).string, monthIndex: month,
                product: record.field(.product).string, flow: record.field(.flow).string,
                unit: record.field(.unit).string)
            guard candidates.contains(codes), ImportFilter.accepts(codes.product, filter.products),
                ImportFilter.accepts(codes.flow, filter.flows), ImportFilter.accepts(codes.unit, filter.units),
                ImportFilter.accepts(codes.producer, filter.producers)
            else { return }
            if let first = firstLine[codes] {
                found = (codes, first, record.line)
            } else {
                firstLine[codes] = record.line
            }
        }
        return found
    }
}
