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
    /// - Throws: `OilStatError` when it cannot be read or matches no known format (the message lists
    ///   them).
    public static func detectFormat(path: String, displayName: String? = nil) throws -> ImportFormat {
        try detectFormat(of: InputFile(path: path, displayName: displayName))
    }

    /// Detects the format of `file` from its first bytes.
    public static func detectFormat(of file: InputFile) throws -> ImportFormat {
        if let format = ImportFormat.detect(firstBytes: try file.prefix(8192)) { return format }
        let formats = ImportFormat.allCases.map(\.rawValue).joined(separator: "|")
        throw OilStatError.unsupported(
            "unknown format: expected a JODI CSV "
                + "(REF_AREA,TIME_PERIOD,...), an EIA API v2 JSON response, an EIA bulk file "
                + "(JSON lines) or an Energy Institute narrow CSV (Country,Year,...,Var,Value); "
                + "give --format " + formats, file: file.name, line: 1)
    }

    /// Imports the file at `path` into `database`.
    public static func importFile(
        path: String, into database: OilStatDatabase,
        options: ImportOptions = ImportOptions()
    ) throws -> ImportOutcome {
        let started = ImportProgress.now()
        let input = try ImportInput.open(
            path: path, displayName: options.displayName, expecting: options.format,
            zipLimits: options.zipLimits)
        let format = try options.format ?? detectFormat(of: input.file)
        var options = options
        options.displayName = input.displayName
        options.pinModificationDay(path: path)
        let displayName = input.displayName
        // The importers reopen the data through the open descriptor: keep it open until they are done.
        return try withExtendedLifetime(input) {
            let dataPath = input.file.reopenPath
            switch format {
            case .jodi:
                return try JODIImporter(options: options).importFile(path: dataPath, into: database)
            case .eiaAPI, .eiaBulk, .energyInstitute:
                let bytes = try input.file.readAll()
                let sha = SHA256Hasher.fastHex(of: bytes)
                if format == .energyInstitute {
                    return try EnergyInstituteImporter.importFile(
                        path: dataPath, displayName: displayName, sha256: sha,
                        bytes: bytes, options: options, started: started,
                        into: database)
                }
                if let prior = try database.storedImport(sha256: sha, format: format.rawValue) {
                    return ImportOutcome(record: prior, alreadyImported: true)
                }
                let data = Data(bytes)
                let parsed =
                    format == .eiaAPI
                    ? try EIAParser.parseAPI(data, fileName: displayName)
                    : try EIAParser.parseBulk(data, fileName: displayName)
                return try FigureStore.store(
                    parsed, format: format, fileName: displayName, sha256: sha,
                    options: options, started: started, into: database)
            }
        }
    }
}
