import Foundation
import GRDB
import OilStatCore

/// Stores the figures of a small parsed file (EIA) in one transaction, with its `import` row.
///
/// Producers are resolved through the producer table: alpha-3 codes to their alpha-2 producer
/// (unknown ones are added under their alpha-3 code), aggregates by code with kind `aggregate`.
/// Unknown product, flow and unit codes are added to their tables.
enum FigureStore {
    static func store(_ parsed: EIAParser.Result, format: ImportFormat, fileName: String, sha256: String,
                      options: ImportOptions, started: Double, into database: OilStatDatabase) throws -> ImportOutcome {
        let sourceName = options.source ?? format.defaultSource
        do {
            let action = "cannot store the import of \(fileName)"
            let record = try database.write(action, pageCacheKiB: BulkLoadSettings.pageCacheKiB) { db in
                // Under the write lock: the same file imported twice at once is recorded once.
                if let prior = try ImportLedger.existing(sha256: sha256, format: format, in: db) { throw AlreadyImported(record: prior) }
                let sourceID = try OilStatDatabase.sourceID(named: sourceName, description: format.sourceDescription, in: db)!
                var record = try ImportLedger.begin(fileName: fileName, format: format, vintage: options.vintage, in: db)
                var writer = try BulkFigureWriter(db: db, importID: record.id!, rowsPerStatement: 64)
                var producers: [String: Int] = [:]
                var dimensions: [String: Int] = [:]
                var counts = ParseCounts(read: parsed.read, missing: 0, skipped: parsed.unmapped)
                let filter = options.filter
                var seen: [FigureCodes: Int] = [:]
                for (index, figure) in parsed.figures.enumerated() {
                    guard ImportFilter.accepts(figure.producerCode, filter.producers), ImportFilter.accepts(figure.product, filter.products),
                          ImportFilter.accepts(figure.flow, filter.flows), ImportFilter.accepts(figure.unit, filter.units) else {
                        counts.skipped += 1
                        continue
                    }
                    counts.include(month: figure.month.index)
                    guard let value = figure.value else {
                        counts.missing += 1
                        continue
                    }
                    if let first = seen.updateValue(index, forKey: figure.codes) {
                        throw duplicate(figure, first: parsed.figures[first], format: format, fileName: fileName)
                    }
                    let producerID = try producers[figure.producerCode] ?? {
                        let id = try resolve(figure.producer, in: db)
                        producers[figure.producerCode] = id
                        return id
                    }()
                    func dimension(_ table: OilStatDatabase.DimensionTable, _ code: String) throws -> Int {
                        let key = "\(table.rawValue):\(code)"
                        if let id = dimensions[key] { return id }
                        let id = try OilStatDatabase.dimensionID(table, code: code, in: db)
                        dimensions[key] = id
                        return id
                    }
                    let key = try FigureKey.checked(source: sourceID, producer: producerID, month: figure.month,
                                                    product: try dimension(.product, figure.product),
                                                    flow: try dimension(.flow, figure.flow),
                                                    unit: try dimension(.unit, figure.unit))
                    do {
                        try writer.add(key: key.rawValue, value: value, assessment: -1)
                    } catch let duplicate as DuplicateFigureKeys {
                        throw RepeatedFigureCodes(candidates: try duplicate.codes(in: db)).error(file: fileName)
                    }
                }
                do { try writer.finish() } catch let duplicate as DuplicateFigureKeys {
                    throw RepeatedFigureCodes(candidates: try duplicate.codes(in: db)).error(file: fileName)
                }
                let withdrawn = try FigureWithdrawal.withdraw(source: sourceID, months: counts.months,
                                                              importID: record.id!, format: format,
                                                              filter: filter, in: db)
                let seconds = ImportProgress.now() - started
                try ImportLedger.complete(&record, sha256: sha256, counts: counts, stored: writer.stored,
                                          withdrawn: withdrawn, seconds: seconds, in: db)
                return record
            }
            return ImportOutcome(record: record, alreadyImported: false, unmapped: parsed.unmapped)
        } catch let already as AlreadyImported {
            return ImportOutcome(record: already.record, alreadyImported: true)
        }
    }

    /// The error for a figure the file gives twice, naming both places (lines of a bulk file, records of a response).
    private static func duplicate(_ figure: ParsedFigure, first: ParsedFigure, format: ImportFormat,
                                  fileName: String) -> OilStatError {
        if format == .eiaBulk {
            return OilStatError.duplicateFigure(file: fileName, line: figure.position, firstLine: first.position,
                                                codes: figure.codes)
        }
        let place = { (figure: ParsedFigure) in figure.position.map { "data[\($0)]" } ?? "another record" }
        return OilStatError(file: fileName, field: place(figure),
                            message: "duplicate figure: \(figure.codes) is also \(place(first)) "
                                + "(a file gives each figure once)")
    }

    /// The producer id of a reference, adding the producer when it is unknown.
    static func resolve(_ reference: ParsedFigure.ProducerReference, in db: Database) throws -> Int {
        switch reference {
        case .alpha2(let code):
            return try OilStatDatabase.producerID(forCode: code, in: db)
        case .alpha3(let code, let name):
            if let id = try Int.fetchOne(db, sql: """
                SELECT id FROM producer WHERE alpha3 = ?1 COLLATE NOCASE
                UNION ALL SELECT producerId FROM producer_alias WHERE alias = ?1
                UNION ALL SELECT id FROM producer WHERE code = ?1
                LIMIT 1
                """, arguments: [code]) {
                return id
            }
            return try OilStatDatabase.producerID(forCode: code, name: name, kind: "country", in: db)
        case .aggregate(let code, let name):
            return try OilStatDatabase.producerID(forCode: code, name: name, kind: "aggregate", in: db)
        }
    }
}
