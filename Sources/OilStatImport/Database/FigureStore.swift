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
            let record = try database.queue.writeWithoutTransaction { db in
                let saved = try BulkLoadSettings.apply(in: db)
                defer { try? saved.restore(in: db) }
                var result: ImportRecord?
                try db.inTransaction(.immediate) {
                    if let prior = try ImportLedger.existing(sha256: sha256, format: format, in: db) { throw AlreadyImported(record: prior) }
                    let sourceID = try OilStatDatabase.sourceID(named: sourceName, description: format.sourceDescription, in: db)!
                    var record = try ImportLedger.begin(fileName: fileName, format: format, vintage: options.vintage, in: db)
                    var writer = try BulkFigureWriter(db: db, importID: record.id!, rowsPerStatement: 64)
                    var producers: [String: Int] = [:]
                    var dimensions: [String: Int] = [:]
                    var counts = ParseCounts(read: parsed.read, missing: 0, skipped: parsed.unmapped)
                    let filter = options.filter
                    for figure in parsed.figures {
                        guard ImportFilter.accepts(figure.producerCode, filter.producers), ImportFilter.accepts(figure.product, filter.products),
                              ImportFilter.accepts(figure.flow, filter.flows), ImportFilter.accepts(figure.unit, filter.units) else {
                            counts.skipped += 1
                            continue
                        }
                        guard let value = figure.value else {
                            counts.missing += 1
                            continue
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
                        try writer.add(key: key.rawValue, value: value, assessment: -1)
                    }
                    try writer.finish()
                    let seconds = ImportProgress.now() - started
                    try ImportLedger.complete(&record, sha256: sha256, counts: counts, stored: writer.stored, seconds: seconds, in: db)
                    result = record
                    return .commit
                }
                return result!
            }
            return ImportOutcome(record: record, alreadyImported: false, unmapped: parsed.unmapped)
        } catch let already as AlreadyImported {
            return ImportOutcome(record: already.record, alreadyImported: true)
        }
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
