import OilStatCore

/// Stores the figures of a small parsed file (EIA) through one import session, with its `import` row.
///
/// Producers are resolved through the producer table: alpha-3 codes to their alpha-2 producer
/// (unknown ones are added under their alpha-3 code), aggregates by code with kind `aggregate`.
/// Unknown product, flow and unit codes are added to their tables.
enum FigureStore {
    static func store(
        _ parsed: EIAParser.Result, format: ImportFormat, fileName: String, sha256: String,
        options: ImportOptions, started: Double, into database: OilStatDatabase
    ) throws -> ImportOutcome {
        let file = options.importedFile(
            name: fileName, path: fileName, format: format, sha256: sha256, fileDate: parsed.lastUpdated)
        do {
            var outcome = try database.importFigures(
                file, rowsPerStatement: 64,
                pageCacheKiB: BulkLoadSettings.pageCacheKiB
            ) { session in
                var counts = ParseCounts(read: parsed.read, missing: 0, skipped: parsed.unmapped)
                try add(
                    parsed.figures, filter: options.filter, format: format, fileName: fileName,
                    counts: &counts, to: &session)
                try session.finishFigures(withdrawingIn: counts.months, filter: options.filter)
                return counts.tally(seconds: ImportProgress.now() - started)
            }
            if !outcome.alreadyImported { outcome.unmapped = parsed.unmapped }
            return outcome
        } catch let repeated as RepeatedFigureCodes {
            throw repeated.error(file: fileName)
        }
    }

    /// Adds the figures the filter keeps, counting the others and the missing ones.
    private static func add(
        _ figures: [ParsedFigure], filter: ImportFilter, format: ImportFormat, fileName: String,
        counts: inout ParseCounts, to session: inout FigureImportSession
    ) throws {
        var producers: [String: Int] = [:]
        var codeIDs: [String: Int] = [:]
        var seen: [FigureCodes: Int] = [:]
        for (index, figure) in figures.enumerated() {
            guard filter.accepts(figure) else {
                counts.skipped += 1
                continue
            }
            counts.include(month: figure.month.index)
            guard let value = figure.value else {
                counts.missing += 1
                continue
            }
            if let first = seen.updateValue(index, forKey: figure.codes) {
                throw duplicate(figure, first: figures[first], format: format, fileName: fileName)
            }
            let producerID: Int
            if let known = producers[figure.producerCode] {
                producerID = known
            } else {
                producerID = try session.producerID(for: figure.producer)
                producers[figure.producerCode] = producerID
            }
            let key = try FigureKey.checked(
                source: session.sourceID, producer: producerID, month: figure.month,
                product: try codeID(.product, figure.product, &codeIDs, session),
                flow: try codeID(.flow, figure.flow, &codeIDs, session),
                unit: try codeID(.unit, figure.unit, &codeIDs, session))
            try session.add(key, value: value)
        }
    }

    /// The id of a product, flow or unit code, from `known` or else from the session (then remembered).
    private static func codeID(
        _ table: OilStatDatabase.DimensionTable, _ code: String, _ known: inout [String: Int],
        _ session: borrowing FigureImportSession
    ) throws -> Int {
        let key = "\(table.rawValue):\(code)"
        if let id = known[key] { return id }
        let id = try session.codeID(table, code: code)
        known[key] = id
        return id
    }

    /// The error for a figure the file gives twice, naming both places (lines of a bulk file, records of a response).
    private static func duplicate(
        _ figure: ParsedFigure, first: ParsedFigure, format: ImportFormat,
        fileName: String
    ) -> OilStatError {
        if format == .eiaBulk {
            return OilStatError.duplicateFigure(
                file: fileName, line: figure.position, firstLine: first.position,
                codes: figure.codes)
        }
        let place = { (figure: ParsedFigure) in figure.position.map { "data[\($0)]" } ?? "another record" }
        return OilStatError(
            file: fileName, field: place(figure),
            message: "duplicate figure: \(figure.codes) is also \(place(first)) "
                + "(a file gives each figure once)")
    }
}
