import Foundation
import GRDB

/// Loads production figures from a long CSV:
/// `producer,month,value,unit,source[,product][,note][,vintage][,publication]`.
///
/// Columns are found by header name, in any order. The load is atomic: the first bad row aborts
/// the whole file with `FILE:LINE: field: what is wrong` and nothing is written. A row's `vintage` is the day
/// its value was published (`YYYY-MM-DD`; empty takes the load's vintage, else undated) and `publication` names
/// that publication (e.g. "OPEC MOMR April 2017"): one figure per producer, month, product, source and vintage,
/// so a file may give a month as first printed and as revised. Every published value is kept (see `VintageMerge`);
/// re-loading a file changes nothing. Missing values (`-`, `x`, `..`, empty) are counted, never stored as zero.
public struct LongCSVLoader {
    /// The columns a long CSV must have.
    public static let requiredColumns = ["producer", "month", "value", "unit", "source"]
    /// The first bytes of a zip archive (`PK\3\4`).
    static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    public init() {}

    /// Loads the file at `url` into `database` in one transaction and returns the import record written.
    ///
    /// A file already loaded (same SHA-256 and format) is not loaded again: the earlier record is returned.
    public func load(
        _ url: URL, into database: OilStatDatabase, vintage: PublicationDate? = nil, publication: String? = nil,
        format: String = "long-csv"
    ) throws -> ImportOutcome {
        let file = try InputFile(path: url.path)
        if try file.prefix(4) == Self.zipMagic {
            throw OilStatError.unsupported(
                "is a .zip archive, which load does not read: unzip it and load the CSV, "
                    + "or use oilstat import for JODI, EIA and Energy Institute downloads",
                file: url.path)
        }
        let bytes = try file.readAll()
        return try database.write("cannot store the figures of \(url.path)") { db in
            try load(
                bytes: bytes, fileName: url.path, vintage: vintage, publication: publication, format: format, in: db)
        }
    }

    /// Loads CSV `bytes` inside an open transaction; the caller's transaction rolls back on error.
    package func load(
        bytes: [UInt8], fileName displayName: String, vintage: PublicationDate? = nil, publication: String? = nil,
        format: String = "long-csv", in db: Database
    ) throws -> ImportOutcome {
        let started = Date()
        var reader = CSVReader(bytes: bytes, fileName: displayName)
        guard let header = try reader.next() else {
            throw OilStatError(
                file: displayName, line: 1,
                message: "the file is empty (expected a header: \(Self.requiredColumns.joined(separator: ",")))")
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        reader.columnNames = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var column: [String: Int] = [:]
        for (index, name) in names.enumerated() where column[name] == nil { column[name] = index }
        for required in Self.requiredColumns where column[required] == nil {
            throw OilStatError(
                file: displayName, line: header.line, field: required,
                message: "missing column (the header must name \(Self.requiredColumns.joined(separator: ",")))")
        }
        let records = try reader.readAll()
        let sha = SHA256Hasher.hex(of: bytes)
        if let previous = try OilStatDatabase.existingImport(sha256: sha, format: format, in: db) {
            return ImportOutcome(record: previous, alreadyImported: true)
        }
        do {
            var counts = (read: 0, stored: 0, missing: 0)
            var importRecord = ImportRecord(
                fileName: displayName, sha256: sha, format: format, vintage: vintage?.description ?? "",
                importedAt: ISO8601DateFormatter().string(from: started), seconds: 0,
                rowsRead: 0, rowsStored: 0, rowsMissing: 0, rowsSkipped: 0)
            importRecord.vintageDay = vintage?.rawValue ?? 0
            try importRecord.insert(db)
            let importID = importRecord.id!
            var producerCache: [String: (id: Int, aggregate: Bool)] = [:]
            var sourceCache: [String: Int] = [:]
            var seen: [FigureVersionKey: Int] = [:]
            var changes = VintageCounts()
            for record in records {
                counts.read += 1
                func field(_ name: String) -> String {
                    guard let index = column[name], index < record.fields.count else { return "" }
                    return record.fields[index].trimmingCharacters(in: .whitespaces)
                }
                func fail(_ name: String, _ message: String) -> OilStatError {
                    let label = column[name].map { reader.columnLabel($0) } ?? name
                    return OilStatError(file: displayName, line: record.line, field: label, message: message)
                }
                if record.fields.count != names.count {
                    throw OilStatError(
                        file: displayName, line: record.line,
                        message: "expected \(names.count) fields, found \(record.fields.count)")
                }
                let producerText = field("producer")
                guard !producerText.isEmpty else { throw fail("producer", "empty producer") }
                let producer: (id: Int, aggregate: Bool)
                if let cached = producerCache[producerText] {
                    producer = cached
                } else {
                    do {
                        let found = try OilStatDatabase.producer(matching: producerText, in: db)
                        producer = (found.id, found.kind == "aggregate")
                    } catch let error as OilStatError {
                        throw fail("producer", error.message)
                    }
                    producerCache[producerText] = producer
                }
                let month: Month
                do { month = try Month(parsing: field("month"), formats: .dashed) } catch {
                    throw fail("month", error.description)
                }
                let valueText = field("value")
                if MissingValuePolicy.longCSV.isMissing(valueText) {
                    counts.missing += 1
                    continue
                }
                guard let value = NumberParser.parse(valueText) else {
                    throw fail("value", "\"\(valueText)\" is not a number")
                }
                let unitText = field("unit")
                guard let unit = ProductionUnit(spelling: unitText) else {
                    throw fail("unit", "unknown unit \"\(unitText)\" (use kb/d, mb/d, b/d, kbbl or kt)")
                }
                if let problem = Self.implausibility(value, unit: unit, aggregate: producer.aggregate) {
                    throw fail("value", "\"\(valueText)\" \(unitText) \(problem)")
                }
                let sourceText = field("source")
                guard !sourceText.isEmpty else { throw fail("source", "empty source") }
                let sourceID: Int
                if let cached = sourceCache[sourceText.lowercased()] {
                    sourceID = cached
                } else {
                    sourceID = try OilStatDatabase.sourceID(named: sourceText, in: db)!
                    sourceCache[sourceText.lowercased()] = sourceID
                }
                let productText = field("product")
                guard let productCode = ProductSpelling.code(for: productText) else {
                    throw fail(
                        "product", "unknown product \"\(productText)\" (use CRUDEOIL, CRUDECOND, NGL, TOTLIQ...)")
                }
                let productID = try OilStatDatabase.dimensionID(.product, code: productCode, in: db)
                // Rates and monthly volumes are stored as kb/d (volumes by the days of the month); tonnes as KTONS.
                let storedUnit =
                    unit == .kt ? try OilStatDatabase.dimensionID(.unit, code: "KTONS", in: db) : UnitCode.kbd.id
                let storedValue = unit == .kt ? value : unit.toKBD(value, in: month)
                let key: Int64
                do {
                    key = try FigureKey.checked(
                        source: sourceID, producer: producer.id, month: month,
                        product: productID, flow: Flow.production.id, unit: storedUnit
                    ).rawValue
                } catch {
                    throw fail("producer", "cannot store the figure: \(error.description)")
                }
                let rowVintage: PublicationDate
                let vintageText = field("vintage")
                if vintageText.isEmpty {
                    rowVintage = vintage ?? .undated
                } else {
                    do { rowVintage = try PublicationDate(parsing: vintageText) } catch let error as OilStatError {
                        throw fail("vintage", error.message)
                    }
                }
                let versionKey = FigureVersionKey(key: key, vintage: rowVintage.rawValue)
                if let firstLine = seen[versionKey] {
                    let of = rowVintage.isUndated ? "" : " of vintage \(rowVintage)"
                    throw fail(
                        "producer",
                        "a second figure for \(producerText) \(month) (\(productCode), \(sourceText))\(of); "
                            + "the first is on line \(firstLine)")
                }
                seen[versionKey] = record.line
                let publicationText = field("publication")
                if let name = publicationText.isEmpty ? publication : publicationText {
                    try OilStatDatabase.recordPublication(
                        source: sourceID, vintage: rowVintage, name: name, replacing: true, in: db)
                }
                let note = field("note")
                changes.count(
                    try VintageMerge.merge(
                        key: key, value: storedValue, assessment: nil, note: note.isEmpty ? nil : note,
                        vintage: rowVintage.rawValue, importID: importID, in: db))
                counts.stored += 1
            }
            importRecord.rowsRead = counts.read
            importRecord.rowsStored = counts.stored
            importRecord.rowsMissing = counts.missing
            importRecord.counts = changes
            importRecord.seconds = Date().timeIntervalSince(started)
            try importRecord.update(db)
            let origin: String? =
                column["vintage"] != nil
                ? "per row, from the vintage column" + (vintage.map { " (\($0) where empty)" } ?? "")
                : vintage == nil ? "undated (no vintage column; set with --vintage)" : nil
            return ImportOutcome(record: importRecord, alreadyImported: false, vintageOrigin: origin)
        }
    }

    /// Why a production `value` in `unit` is not plausible (see ``FigureBounds``), or nil when it is.
    static func implausibility(_ value: Double, unit: ProductionUnit, aggregate: Bool) -> String? {
        let code: String
        let checked: Double
        switch unit {
        case .kbbl: (code, checked) = ("KBBL", value)
        case .kt: (code, checked) = ("KTONS", value)
        case .kbd, .mbd, .bd: (code, checked) = ("KBD", unit == .kbd ? value : unit.toKBD(value, in: Month.first))
        }
        let range = FigureBounds.range(unit: code, flow: Flow.production.code, aggregate: aggregate)
        guard
            let problem = FigureBounds.problem(
                checked, range: range, unit: code, flow: Flow.production.code,
                aggregate: aggregate)
        else { return nil }
        return unit == .mbd || unit == .bd ? "(\(NumberText.grouped(checked)) kb/d) \(problem)" : problem
    }
}

/// A figure's key and vintage: what a long CSV may give once.
private struct FigureVersionKey: Hashable {
    var key: Int64
    var vintage: Int
}
