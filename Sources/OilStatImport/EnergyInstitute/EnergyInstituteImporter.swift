import Foundation
import GRDB
import OilStatCore

/// Stores Energy Institute annual figures in the `annual_figure` table (schema migration v2).
public enum EnergyInstituteImporter {
    static func importFile(path: String, displayName: String, sha256: String, bytes: [UInt8], options: ImportOptions,
                           started: Double, into database: OilStatDatabase) throws -> ImportOutcome {
        let format = ImportFormat.energyInstitute
        let sourceName = options.source ?? format.defaultSource
        let parsed = try EnergyInstituteParser.parse(bytes: bytes, fileName: displayName)
        do {
            return try database.write("cannot store the import of \(displayName)") { db in
                if let prior = try ImportLedger.existing(sha256: sha256, format: format, in: db) { throw AlreadyImported(record: prior) }
                let sourceID = try OilStatDatabase.sourceID(named: sourceName, description: format.sourceDescription, in: db)!
                var record = try ImportLedger.begin(fileName: displayName, format: format, vintage: options.vintage, in: db)
                let insert = try db.makeStatement(sql: """
                    INSERT OR REPLACE INTO annual_figure (sourceId, producerId, year, variable, value, importId) VALUES (?, ?, ?, ?, ?, ?)
                    """)
                var producers: [String: Int] = [:]
                var counts = ParseCounts(read: parsed.figures.count)
                var stored = 0
                for figure in parsed.figures {
                    let reference: ParsedFigure.ProducerReference = figure.isAggregate
                        ? .aggregate(figure.alpha3 ?? figure.country, name: figure.country)
                        : .alpha3(figure.alpha3!, name: figure.country)
                    let code: String
                    switch reference {
                    case .alpha2(let text), .alpha3(let text, _), .aggregate(let text, _): code = text
                    }
                    guard ImportFilter.accepts(code, options.filter.producers) else {
                        counts.skipped += 1
                        continue
                    }
                    guard let value = figure.value else {
                        counts.missing += 1
                        continue
                    }
                    let producerID = try producers[code] ?? {
                        let id = try FigureStore.resolve(reference, in: db)
                        producers[code] = id
                        return id
                    }()
                    try insert.execute(arguments: [sourceID, producerID, figure.year, figure.variable, value, record.id])
                    stored += 1
                }
                let seconds = ImportProgress.now() - started
                try ImportLedger.complete(&record, sha256: sha256, counts: counts, stored: stored, seconds: seconds, in: db)
                return ImportOutcome(record: record, alreadyImported: false)
            }
        } catch let already as AlreadyImported {
            return ImportOutcome(record: already.record, alreadyImported: true)
        }
    }
}
