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
                var seen: [AnnualKey: Int?] = [:]
                var covered: Set<AnnualKey> = []
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
                    let key = AnnualKey(producer: code, year: figure.year, variable: figure.variable)
                    covered.insert(key)
                    let producerID = try producers[code] ?? {
                        let id = try FigureStore.resolve(reference, in: db)
                        producers[code] = id
                        return id
                    }()
                    guard let value = figure.value else {
                        counts.missing += 1
                        continue
                    }
                    if let first = seen.updateValue(figure.line, forKey: key) {
                        let earlier = first.map { " is also on line \($0)" } ?? " appears twice"
                        throw OilStatError(file: displayName, line: figure.line,
                                           message: "duplicate figure: \(code) \(figure.year) \(figure.variable)"
                                               + "\(earlier) (a file gives each figure once)")
                    }
                    try insert.execute(arguments: [sourceID, producerID, figure.year, figure.variable, value, record.id])
                    stored += 1
                }
                let withdrawn = try withdraw(source: sourceID, covered: covered, producers: Set(producers.values),
                                             filtered: !options.filter.producers.isEmpty, importID: record.id!, in: db)
                let seconds = ImportProgress.now() - started
                try ImportLedger.complete(&record, sha256: sha256, counts: counts, stored: stored, withdrawn: withdrawn,
                                          seconds: seconds, in: db)
                return ImportOutcome(record: record, alreadyImported: false)
            }
        } catch let already as AlreadyImported {
            return ImportOutcome(record: already.record, alreadyImported: true)
        }
    }

    /// A figure's key as the file gives it.
    private struct AnnualKey: Hashable {
        var producer: String
        var year: Int
        var variable: String
    }

    /// Withdraws the figures of earlier EI imports of this source, for the years and variables this file covers,
    /// that this file no longer gives (see ``FigureWithdrawal``); returns how many.
    /// A `--producer` import speaks only for the producers it kept (`producers`, their ids).
    private static func withdraw(source: Int, covered: Set<AnnualKey>, producers: Set<Int>, filtered: Bool,
                                 importID: Int64, in db: Database) throws -> Int {
        guard let first = covered.map(\.year).min(), let last = covered.map(\.year).max() else { return 0 }
        let variables = Array(Set(covered.map(\.variable)))
        let marks = Array(repeating: "?", count: variables.count).joined(separator: ",")
        let scope = filtered ? " AND producerId IN (\(producers.map(String.init).joined(separator: ",")))" : ""
        try db.execute(sql: """
            DELETE FROM annual_figure WHERE sourceId = ? AND year BETWEEN ? AND ? AND variable IN (\(marks))
              AND importId <> ? AND importId IN (SELECT id FROM import WHERE format = ?)\(scope)
            """, arguments: StatementArguments([source, first, last] + variables
                                               + [importID, ImportFormat.energyInstitute.rawValue]))
        return db.changesCount
    }
}
