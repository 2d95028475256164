import OilStatCore

/// Stores Energy Institute annual figures in the `annual_figure` table (schema migration v2).
public enum EnergyInstituteImporter {
    static func importFile(
        path: String, displayName: String, sha256: String, bytes: [UInt8], options: ImportOptions,
        started: Double, into database: OilStatDatabase
    ) throws -> ImportOutcome {
        let format = ImportFormat.energyInstitute
        let parsed = try EnergyInstituteParser.parse(bytes: bytes, fileName: displayName)
        let file = options.importedFile(name: displayName, path: path, format: format, sha256: sha256)
        return try database.importFigures(file) { session in
            var producers: [String: Int] = [:]
            var counts = ParseCounts(read: parsed.figures.count)
            var seen: [AnnualKey: Int?] = [:]
            var covered: Set<AnnualKey> = []
            for figure in parsed.figures {
                let reference = figure.producerReference
                let code = reference.code
                guard ImportFilter.accepts(code, options.filter.producers) else {
                    counts.skipped += 1
                    continue
                }
                let key = AnnualKey(producer: code, year: figure.year, variable: figure.variable)
                covered.insert(key)
                let producerID: Int
                if let known = producers[code] {
                    producerID = known
                } else {
                    producerID = try session.producerID(for: reference)
                    producers[code] = producerID
                }
                guard let value = figure.value else {
                    counts.missing += 1
                    continue
                }
                if let first = seen.updateValue(figure.line, forKey: key) {
                    let earlier = first.map { " is also on line \($0)" } ?? " appears twice"
                    throw OilStatError(
                        file: displayName, line: figure.line,
                        message: "duplicate figure: \(code) \(figure.year) \(figure.variable)"
                            + "\(earlier) (a file gives each figure once)")
                }
                try session.addAnnual(producer: producerID, year: figure.year, variable: figure.variable, value: value)
            }
            // Withdraw what earlier EI imports gave for the years and variables this file covers (see
            // FigureWithdrawal); a `--producer` import speaks only for the producers it kept.
            if let first = covered.map(\.year).min(), let last = covered.map(\.year).max() {
                try session.withdrawAnnual(
                    years: first...last, variables: Set(covered.map(\.variable)),
                    producers: options.filter.producers.isEmpty ? nil : Set(producers.values))
            }
            return counts.tally(seconds: ImportProgress.now() - started)
        }
    }

    /// A figure's key as the file gives it.
    private struct AnnualKey: Hashable {
        var producer: String
        var year: Int
        var variable: String
    }
}
