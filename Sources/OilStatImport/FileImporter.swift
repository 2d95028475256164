import Foundation
import OilStatCore

/// Imports any supported file: detects the format (unless given), reads `.zip` archives, and hands the
/// file to the importer of its format. This is what `oilstat import FILE` calls.
///
/// For example:
/// ```swift
/// let database = try OilStatDatabase(path: OilStatDatabase.defaultPath())
/// let summary = try FileImporter.importFile(path: "world_Primary_CSV.zip", into: database)
/// print(summary.summary)   // world_Primary_CSV.zip:world_Primary_CSV.csv: 1234 rows read, ...
/// ```
public enum FileImporter {
    /// Detects the format of the file at `path` from its first bytes.
    ///
    /// - Throws: ``OilStatCore/OilStatError`` when it matches no known format (the message lists them).
    public static func detectFormat(path: String, displayName: String? = nil) throws -> ImportFormat {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw OilStatError(file: displayName ?? path, message: "cannot read the file")
        }
        defer { try? handle.close() }
        let head = [UInt8](handle.readData(ofLength: 8192))
        if let format = ImportFormat.detect(firstBytes: head) { return format }
        throw OilStatError(file: displayName ?? path, line: 1, message: "unknown format: expected a JODI CSV (REF_AREA,TIME_PERIOD,...), "
                           + "an EIA API v2 JSON response, an EIA bulk file (JSON lines) or an Energy Institute narrow CSV "
                           + "(Country,Year,...,Var,Value); give --format \(ImportFormat.allCases.map(\.rawValue).joined(separator: "|"))")
    }

    /// Imports the file at `path` into `database`.
    public static func importFile(path: String, into database: OilStatDatabase, options: ImportOptions = ImportOptions()) throws -> ImportOutcome {
        let started = ImportProgress.now()
        var displayName = options.displayName ?? path
        var dataPath = path
        var extracted: ZipInput.Extracted?
        defer { extracted?.remove() }
        if ZipInput.isZip(path: path) {
            let unpacked = try ZipInput.extract(path: path, displayName: displayName)
            extracted = unpacked
            dataPath = unpacked.path
            displayName += ":" + unpacked.entry
        }
        let format = try options.format ?? detectFormat(path: dataPath, displayName: displayName)
        var options = options
        options.displayName = displayName
        switch format {
        case .jodi:
            return try JODIImporter(options: options).importFile(path: dataPath, into: database)
        case .eiaAPI, .eiaBulk, .energyInstitute:
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: dataPath)) } catch {
                throw OilStatError(file: displayName, message: "cannot read the file")
            }
            let bytes = [UInt8](data)
            let sha = SHA256Hasher.fastHex(of: bytes)
            if format == .energyInstitute {
                return try EnergyInstituteImporter.importFile(path: dataPath, displayName: displayName, sha256: sha, bytes: bytes,
                                                              options: options, started: started, into: database)
            }
            if let prior = try database.queue.read({ db in try ImportLedger.existing(sha256: sha, format: format, in: db) }) {
                return ImportOutcome(record: prior, alreadyImported: true)
            }
            let parsed = format == .eiaAPI ? try EIAParser.parseAPI(data, fileName: displayName)
                                           : try EIAParser.parseBulk(data, fileName: displayName)
            return try FigureStore.store(parsed, format: format, fileName: displayName, sha256: sha, options: options,
                                         started: started, into: database)
        }
    }
}
