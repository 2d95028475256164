import Foundation

/// Reads production agreements, their phases and their quotas from CSV files laid out like `Data/`, checks them with
/// ``AgreementValidator`` and stores them in one durable write, as `oilstat agreements load` does.
///
/// The layout is that of the bundled files, one file per table, told apart by the header:
/// `agreements.csv` (`id,name,from,to,description,source`), `agreement_phases.csv`
/// (`agreement,phase,from,to,total_adjustment_kbd,note`) and `agreement_quotas.csv`
/// (`agreement,phase,producer,side,reference_month,reference_kbd,adjustment_kbd,required_kbd,exempt,note,source`).
/// A folder stands for the files of those names in it (see ``AgreementLoader/TableKind``). The files give whole
/// agreements: every phase and quota belongs to an agreement of the agreements file given with them.
///
/// For example:
/// ```swift
/// let stored = try AgreementLoader().load(paths: ["opecplus-2022-10/"], into: database, replace: false)
/// print(stored.map(\.agreement.id))
/// ```
public struct AgreementLoader: Sendable {
    public init() {}

    /// Reads, checks and stores the agreements in `paths` (files or folders) in one durable write.
    ///
    /// - Parameters:
    ///   - paths: the CSV files, told apart by their headers, or folders holding them.
    ///   - database: the database to store them in.
    ///   - replace: whether an agreement whose id is stored already (a bundled one too) is replaced; without it,
    ///     such an id is an error.
    /// - Returns: what was stored, agreement by agreement, in file order.
    /// - Throws: ``OilStatError`` naming the file, line and column of the first problem; nothing is written then.
    public func load(paths: [String], into database: OilStatDatabase, replace: Bool = false) throws -> [Stored] {
        let tables = try read(paths: paths)
        let file = tables.agreements?.file ?? paths.joined(separator: ", ")
        let origin = AgreementOrigin.file(URL(fileURLWithPath: file).standardizedFileURL.path)
        return try database.storeAgreements(tables, origin: origin, replace: replace)
    }

    /// Reads the tables in `paths`: CSV files, each told apart by its header, or folders holding `agreements.csv`,
    /// `agreement_phases.csv` and `agreement_quotas.csv`.
    ///
    /// - Throws: ``OilStatError`` when a file cannot be read, is not one of the tables, lacks a column, has a
    ///   record of the wrong length, repeats a table, or when no agreements table is given.
    public func read(paths: [String]) throws -> Tables {
        var tables = Tables()
        for path in paths {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                // Named as given (`my-deal/agreements.csv`), so messages show the path the user typed.
                let folder = path.hasSuffix("/") ? path : path + "/"
                let files = TableKind.allCases.map { ($0, folder + $0.fileName) }
                    .filter { FileManager.default.fileExists(atPath: $0.1) }
                guard !files.isEmpty else {
                    throw OilStatError.notFound(
                        "the folder holds none of "
                            + TableKind.allCases.map(\.fileName).joined(separator: ", "),
                        file: path)
                }
                for (kind, file) in files {
                    try add(try table(bytes: try InputFile(path: file).readAll(), file: file, kind: kind), to: &tables)
                }
            } else {
                let input = try InputFile(path: path)
                if try input.prefix(4) == LongCSVLoader.zipMagic {
                    throw OilStatError.unsupported(
                        "is a .zip archive: unzip it and give its CSV files, or the folder holding them", file: path)
                }
                try add(try table(bytes: try input.readAll(), file: path, kind: nil), to: &tables)
            }
        }
        guard let agreements = tables.agreements else {
            throw OilStatError(
                file: paths.joined(separator: ", "),
                message: "no agreements table among the files (a CSV whose header names "
                    + TableKind.agreements.requiredColumns.joined(separator: ",") + ")")
        }
        if agreements.records.isEmpty {
            throw OilStatError(file: agreements.file, line: 1, message: "no agreements: the table has only a header")
        }
        return tables
    }

    /// Adds `table` to `tables`; a second table of a kind is an error.
    private func add(_ table: Table, to tables: inout Tables) throws {
        if let first = tables[table.kind] {
            throw OilStatError(
                file: table.file, line: 1, field: "header",
                message: "a second \(table.kind.rawValue) table (the first is \(first.file)); give one file per table")
        }
        tables[table.kind] = table
    }

    /// The table in CSV `bytes` read from `file`: of kind `expected`, or of the kind its header shows.
    package func table(bytes: [UInt8], file: String, kind expected: TableKind?) throws -> Table {
        var reader = CSVReader(bytes: bytes, fileName: file)
        guard let header = try reader.next() else {
            throw OilStatError(
                file: file, line: 1,
                message: "the file is empty (expected a header such as "
                    + (expected ?? .agreements).requiredColumns.joined(separator: ",") + ")")
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        reader.columnNames = names
        var columns: [String: Int] = [:]
        for (index, name) in names.enumerated() where columns[name.lowercased()] == nil {
            columns[name.lowercased()] = index
        }
        guard let kind = expected ?? TableKind.recognising(Set(columns.keys)) else {
            let layouts = TableKind.allCases.map { "\($0.requiredColumns.joined(separator: ",")) (\($0.fileName))" }
            throw OilStatError(
                file: file, line: header.line, field: "header",
                message: "not an agreement table: the header must name " + layouts.joined(separator: "; or "))
        }
        for column in kind.requiredColumns where columns[column] == nil {
            throw OilStatError(
                file: file, line: header.line, field: column,
                message: "missing column (the header of \(kind.fileName) names "
                    + kind.requiredColumns.joined(separator: ",") + ")")
        }
        let records = try reader.readAll()
        for record in records where record.fields.count != names.count {
            throw OilStatError(
                file: file, line: record.line,
                message: "expected \(names.count) fields, as the header has, found \(record.fields.count)")
        }
        return Table(kind: kind, file: file, columnNames: names, columns: columns, records: records)
    }
}
