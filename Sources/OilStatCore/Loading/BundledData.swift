import Foundation
import GRDB

/// The figures, producers, groups and agreements of the repository's `Data/` folder, loaded on first use.
///
/// The files are compiled into this library at build time (``compiledIn``), so an installed `oilstat` and a package
/// that depends on OilStat carry them; `$OILSTAT_DATA` (or ``init(directory:)``) reads a folder instead.
///
/// The files' fingerprint (SHA-256 of their names and bytes) is recorded as an import of format `bundled`;
/// when the files change, the bundled part of the database is replaced in one transaction. Figures
/// the user loaded are kept.
public struct BundledData: Sendable {
    /// The folder holding the CSV files, or nil for the copy compiled into this library.
    public let directory: URL?

    /// The environment variable that names a folder to read instead of the compiled-in copy.
    public static let directoryVariable = "OILSTAT_DATA"

    /// The files read, in load order.
    public static let fileNames = [
        "producers.csv", "groups.csv", "group_memberships.csv", "sources.csv", "production.csv",
        "agreements.csv", "agreement_phases.csv", "agreement_quotas.csv",
    ]

    /// The files in `directory` (a folder laid out like the repository's `Data/`).
    public init(directory: URL) { self.directory = directory }

    private init(folder: URL?) { directory = folder }

    /// The copy of `Data/` compiled into this library at build time.
    public static let compiledIn = BundledData(folder: nil)

    /// The folder named by `$OILSTAT_DATA` when it is set, else the compiled-in copy.
    public static func standard(environment: [String: String]) -> BundledData {
        guard let path = environment[directoryVariable], !path.isEmpty else { return compiledIn }
        return BundledData(directory: URL(fileURLWithPath: path))
    }

    /// The bundle this process uses: `$OILSTAT_DATA` when it is set, else the compiled-in copy.
    public static var standard: BundledData { standard(environment: ProcessInfo.processInfo.environment) }

    /// Where file `name` comes from, as error messages name it (`Data/NAME` for the compiled-in copy).
    func location(_ name: String) -> String {
        directory?.appendingPathComponent(name).path ?? "Data/\(name)"
    }

    /// The bytes of file `name`.
    func contents(of name: String) throws -> [UInt8] {
        guard let directory else {
            guard let text = EmbeddedData.files[name] else {
                throw OilStatError(file: location(name), message: "bundled data file not compiled into this build")
            }
            return Array(text.utf8)
        }
        let url = directory.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw OilStatError.notFound(
                "bundled data file not found (\(Self.directoryVariable) must name a folder "
                    + "laid out like Data/, or be unset)", file: url.path)
        }
        return try InputFile(path: url.path).readAll()
    }

    /// The bundle's agreements, phases and quotas, as tables for ``AgreementValidator``.
    public func agreementTables() throws -> AgreementLoader.Tables { try agreementTables(from: [:]) }

    /// The agreement tables, from `contents` (the bytes of files already read) or else from the files.
    private func agreementTables(from contents: [String: [UInt8]]) throws -> AgreementLoader.Tables {
        var tables = AgreementLoader.Tables()
        for kind in AgreementLoader.TableKind.allCases {
            let bytes = try contents[kind.fileName] ?? self.contents(of: kind.fileName)
            tables[kind] = try AgreementLoader().table(bytes: bytes, file: location(kind.fileName), kind: kind)
        }
        return tables
    }

    /// Loads the bundle into `database` unless the same files are loaded already; returns whether it loaded.
    @discardableResult
    public func loadIfNeeded(into database: OilStatDatabase) throws -> Bool {
        var contents: [String: [UInt8]] = [:]
        var fingerprint = SHA256Hasher()
        for name in Self.fileNames {
            let data = try self.contents(of: name)
            contents[name] = data
            fingerprint.update(Array(name.utf8))
            fingerprint.update(data)
        }
        let digest = fingerprint.finalizeHex()
        let current = try database.queue.read { db in
            try String.fetchOne(db, sql: "SELECT sha256 FROM import WHERE format = 'bundled' ORDER BY id DESC LIMIT 1")
        }
        if current == digest { return false }
        try database.queue.write { db in try load(contents, fingerprint: digest, in: db) }
        return true
    }

    private func load(_ contents: [String: [UInt8]], fingerprint: String, in db: Database) throws {
        func records(_ name: String) throws -> (header: [String: Int], rows: [CSVReader.Record], file: String) {
            let file = location(name)
            var reader = CSVReader(bytes: contents[name] ?? [], fileName: file)
            guard let header = try reader.next() else { throw OilStatError(file: file, line: 1, message: "empty file") }
            var columns: [String: Int] = [:]
            for (index, name) in header.fields.enumerated() {
                columns[name.trimmingCharacters(in: .whitespaces)] = index
            }
            return (columns, try reader.readAll(), file)
        }
        func value(
            _ table: (header: [String: Int], rows: [CSVReader.Record], file: String), _ row: CSVReader.Record,
            _ column: String,
            required: Bool = true
        ) throws -> String {
            guard let index = table.header[column] else {
                throw OilStatError(file: table.file, line: 1, field: column, message: "missing column")
            }
            let text = index < row.fields.count ? row.fields[index].trimmingCharacters(in: .whitespaces) : ""
            if required && text.isEmpty {
                throw OilStatError(file: table.file, line: row.line, field: column, message: "empty")
            }
            return text
        }
        func month(
            _ text: String, _ table: (header: [String: Int], rows: [CSVReader.Record], file: String),
            _ row: CSVReader.Record,
            _ column: String
        ) throws -> String? {
            if text.isEmpty { return nil }
            guard let month = Month(text), text.count == 7 else {
                throw OilStatError(
                    file: table.file, line: row.line, field: column, message: "\"\(text)\" is not a month (YYYY-MM)")
            }
            return month.description
        }
        // Replace the bundled part: figures of earlier bundled imports, groups, aliases (agreements below).
        try db.execute(
            sql: """
                DELETE FROM production_figure
                  WHERE importId IN (SELECT id FROM import WHERE format IN ('bundled', 'bundled-figures'));
                DELETE FROM figure_revision
                  WHERE importId IN (SELECT id FROM import WHERE format IN ('bundled', 'bundled-figures'));
                DELETE FROM import WHERE format IN ('bundled', 'bundled-figures');
                DELETE FROM group_membership; DELETE FROM producer_group; DELETE FROM producer_alias;
                """)

        let producers = try records("producers.csv")
        for row in producers.rows {
            let code = try value(producers, row, "code")
            let kind = try value(producers, row, "kind")
            let alpha3 = try value(producers, row, "alpha3", required: false)
            let name = try value(producers, row, "name")
            let id: Int
            if kind == "country", let alpha2 = FigureKey.alpha2ProducerID(code) {
                id = alpha2
            } else if let existing = try Int.fetchOne(
                db, sql: "SELECT id FROM producer WHERE code = ?", arguments: [code])
            {
                id = existing
            } else {
                id = max(
                    FigureKey.firstOtherProducerID, try Int.fetchOne(db, sql: "SELECT MAX(id) + 1 FROM producer") ?? 0)
            }
            try db.execute(
                sql: """
                    INSERT INTO producer (id, code, alpha3, name, kind) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET code = excluded.code, alpha3 = excluded.alpha3, name = \
                    excluded.name, kind = excluded.kind
                    """, arguments: [id, code, alpha3.isEmpty ? nil : alpha3, name, kind])
            for alias in try value(producers, row, "aliases", required: false).split(separator: ";") {
                let alias = alias.trimmingCharacters(in: .whitespaces)
                guard !alias.isEmpty else { continue }
                try db.execute(
                    sql: "INSERT OR IGNORE INTO producer_alias (alias, producerId) VALUES (?, ?)",
                    arguments: [alias, id])
            }
        }

        let groups = try records("groups.csv")
        for row in groups.rows {
            try ProducerGroup(
                id: try value(groups, row, "id"), name: try value(groups, row, "name"),
                kind: try value(groups, row, "kind"),
                description: try value(groups, row, "description", required: false)
            ).insert(db)
        }
        let memberships = try records("group_memberships.csv")
        for row in memberships.rows {
            let producerText = try value(memberships, row, "producer")
            let producer: Producer
            do { producer = try OilStatDatabase.producer(matching: producerText, in: db) } catch let error
                as OilStatError
            {
                throw OilStatError(file: memberships.file, line: row.line, field: "producer", message: error.message)
            }
            try GroupMembership(
                groupId: try value(memberships, row, "group"), producerId: producer.id,
                fromMonth: try month(try value(memberships, row, "from"), memberships, row, "from")!,
                toMonth: try month(try value(memberships, row, "to", required: false), memberships, row, "to"),
                note: try value(memberships, row, "note", required: false),
                source: try value(memberships, row, "source", required: false)
            ).insert(db)
        }

        let sources = try records("sources.csv")
        for row in sources.rows {
            let name = try value(sources, row, "name")
            let description = try value(sources, row, "description", required: false)
            if let id = try OilStatDatabase.sourceID(named: name, description: description, create: true, in: db) {
                try db.execute(sql: "UPDATE source SET description = ? WHERE id = ?", arguments: [description, id])
            }
        }

        let productionFile = location("production.csv")
        _ = try LongCSVLoader().load(
            bytes: contents["production.csv"] ?? [], fileName: productionFile,
            format: "bundled-figures", in: db)

        // Agreements: checked by AgreementValidator; those loaded from files stay (see replaceBundledAgreements).
        try OilStatDatabase.replaceBundledAgreements(try agreementTables(from: contents), in: db)

        var record = ImportRecord(
            fileName: directory?.path ?? "Data/ (compiled in)", sha256: fingerprint,
            format: "bundled", vintage: "",
            importedAt: ISO8601DateFormatter().string(from: Date()), seconds: 0,
            rowsRead: 0, rowsStored: 0, rowsMissing: 0, rowsSkipped: 0)
        try record.insert(db)
    }
}
