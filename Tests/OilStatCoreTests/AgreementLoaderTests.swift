import Foundation
import GRDB
import Testing

@testable import OilStatCore

/// `AgreementLoader` and `AgreementValidator`: a real agreement loads; every kind of bad file is one line naming
/// the file, line and column, and leaves the database file byte for byte as it was; bundled agreements pass the
/// same validator; removal and the bundled reload keep what the user loaded.
@Suite(.serialized)
struct AgreementLoaderTests {
    /// Part of the OPEC+ 2 mb/d cut decided on 5 Oct 2022, from November 2022: Saudi Arabia's required production
    /// of August 2022, cut and new level as printed by https://barbadosgazette.com/opec-opec-agree-to-slash-production-by-2000000-barrels-per-day-loop-barbados/
    /// (11,004,000 - 526,000 = 10,478,000); Iraq's baseline and pledged cut from the Reuters survey table of
    /// 31 Aug 2023 (https://www.dailymail.co.uk/wires/reuters/article-12466013/TABLE-OPEC-oil-output-rises-220-000-bpd-August--Reuters-survey.html:
    /// 4.651, 220,000) and its quota from https://tass.com/economy/1550019 (4.431 mln bpd).
    static let files: [String: String] = [
        "agreements.csv": """
        id,name,from,to,description,source
        my-cut-2022-10,OPEC+ 2 mb/d cut (5 Oct 2022),2022-11,2023-12,"From the August 2022 required production.",\
        https://barbadosgazette.com/opec-opec-agree-to-slash-production-by-2000000-barrels-per-day-loop-barbados/

        """,
        "agreement_phases.csv": """
        agreement,phase,from,to,total_adjustment_kbd,note
        my-cut-2022-10,2022-11,2022-11,2023-12,-2000,2 mb/d from the August 2022 required production

        """,
        "agreement_quotas.csv": """
        agreement,phase,producer,side,reference_month,reference_kbd,adjustment_kbd,required_kbd,exempt,note,source
        my-cut-2022-10,2022-11,SA,OPEC,,11004,-526,10478,0,,barbadosgazette.com
        my-cut-2022-10,2022-11,Iraq,OPEC,,4651,-220,4431,0,,Reuters 31 Aug 2023; tass.com/economy/1550019

        """,
    ]

    /// A folder holding the three files, `change` applied to the text of one of them.
    static func folder(changing file: String? = nil, _ change: (String) -> String = { $0 }) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oilstat-agreements-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data((name == file ? change(text) : text).utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// A database file in its own folder, with the bundled data loaded.
    static func databaseFile() throws -> OilStatDatabase {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oilstat-agreements-db-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = try OilStatDatabase(path: folder.appendingPathComponent("test.sqlite").path)
        try BundledData(directory: TestSupport.dataDirectory).loadIfNeeded(into: database)
        return database
    }

    static func sha256(_ path: String) throws -> String {
        SHA256Hasher.hex(of: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    @Test func aRealAgreementLoadsWithItsOrigin() throws {
        let database = try Self.databaseFile()
        let folder = try Self.folder()
        let stored = try AgreementLoader().load(paths: [folder.path], into: database)
        #expect(stored.map(\.summary) == ["my-cut-2022-10: 1 phase, 2 quotas"])
        let agreement = try #require(try database.agreements().first { $0.id == "my-cut-2022-10" })
        #expect(agreement.origin == .file(folder.appendingPathComponent("agreements.csv").standardizedFileURL.path))
        #expect(agreement.citation.hasPrefix("https://barbadosgazette.com/"))
        let quotas = try database.quotas(agreement: "my-cut-2022-10", phase: "2022-11")
        // By side, then producer id: Iraq (IQ) before Saudi Arabia (SA).
        #expect(quotas.map(\.requiredKBD) == [4431, 10478])
        #expect(quotas.map(\.adjustmentKBD) == [-220, -526])
        #expect(quotas.allSatisfy { $0.side == "OPEC" && !$0.exempt })
    }

    @Test func filesAreToldApartByTheirHeaderInAnyOrder() throws {
        let database = try TestSupport.bundledDatabase()
        let folder = try Self.folder()
        let paths = ["agreement_quotas.csv", "agreements.csv", "agreement_phases.csv"].map {
            folder.appendingPathComponent($0).path
        }
        let stored = try AgreementLoader().load(paths: paths, into: database)
        #expect(stored.map(\.quotas) == [2])
    }

    @Test func requiredWithinOneKBDOfReferencePlusAdjustmentIsAccepted() throws {
        let database = try TestSupport.bundledDatabase()
        let folder = try Self.folder(changing: "agreement_quotas.csv") {
            $0.replacingOccurrences(of: "-526,10478", with: "-526,10479")
        }
        #expect(try AgreementLoader().load(paths: [folder.path], into: database).count == 1)
    }

    /// Each kind of bad file: (file changed, text replaced, replacement, the error after the folder's path).
    static let badFiles: [(String, String, String, String)] = [
        (
            "agreement_phases.csv", "2022-11,2022-11,2023-12", "2022-11,2022-11,2024-01",
            "agreement_phases.csv:2: column 4 (to): the phase ends in 2024-01, after its agreement my-cut-2022-10 "
                + "(2022-11...2023-12, {dir}/agreements.csv line 2)"
        ),
        (
            "agreement_phases.csv", "2022-11,2022-11,2023-12", "2022-11,2022-10,2023-12",
            "agreement_phases.csv:2: column 3 (from): the phase starts in 2022-10, before its agreement my-cut-2022-10 "
                + "(2022-11...2023-12, {dir}/agreements.csv line 2)"
        ),
        (
            "agreement_phases.csv", "2022-11,2022-11,2023-12,-2000,2 mb/d",
            "2022-11,2022-11,2023-06,-2000,2 mb/d\nmy-cut-2022-10,2023-05,2023-05,2023-12,,overlapping",
            "agreement_phases.csv:3: column 3 (from): phase 2023-05 (2023-05...2023-12) overlaps phase 2022-11 of "
                + "my-cut-2022-10 (2022-11...2023-06, line 2)"
        ),
        (
            "agreement_quotas.csv", "2022-11,SA,", "2022-11,Saudi Arabai,",
            "agreement_quotas.csv:2: column 3 (producer): unknown producer \"Saudi Arabai\" (did you mean "
                + "\"Saudi Arabia\"?)"
        ),
        (
            "agreement_quotas.csv", "2022-11,SA,OPEC,", "2022-11,SA,OPEC+,",
            "agreement_quotas.csv:2: column 4 (side): \"OPEC+\" is not a side (OPEC or non-OPEC)"
        ),
        (
            "agreement_quotas.csv", "-526,10478", "-526,10487",
            "agreement_quotas.csv:2: column 8 (required_kbd): reference 11,004 + adjustment -526 = 10,478, not 10,487 "
                + "(more than ±1 kb/d apart)"
        ),
        (
            "agreements.csv", "2022-11,2023-12", "2022-13,2023-12",
            "agreements.csv:2: column 3 (from): \"2022-13\" is not a month (YYYY-MM)"
        ),
        (
            "agreements.csv", "2022-11,2023-12", "2022-11,2022-10",
            "agreements.csv:2: column 4 (to): 2022-10 is before the first month, 2022-11"
        ),
        (
            "agreement_quotas.csv", "producer,side,", "producer,",
            "agreement_quotas.csv:1: side: missing column (the header of agreement_quotas.csv names "
                + "agreement,phase,producer,side,reference_kbd,adjustment_kbd,required_kbd)"
        ),
        (
            "agreements.csv", "barbados/\n", "barbados/\nmy-cut-2022-10,Again,2023-01,2023-02,,\n",
            "agreements.csv:3: column 1 (id): duplicate agreement id \"my-cut-2022-10\" (also on line 2)"
        ),
        (
            "agreement_quotas.csv", "my-cut-2022-10,2022-11,Iraq", "my-cut-2022-10,2022-12,Iraq",
            "agreement_quotas.csv:3: column 2 (phase): unknown phase \"2022-12\" of my-cut-2022-10 (its phases: 2022-11)"
        ),
        (
            "agreement_phases.csv", "\nmy-cut-2022-10,", "\nmy-cut-2022-1O,",
            "agreement_phases.csv:2: column 1 (agreement): unknown agreement \"my-cut-2022-1O\" (did you mean "
                + "\"my-cut-2022-10\"?): phases and quotas belong to an agreement of {dir}/agreements.csv"
        ),
        (
            "agreement_quotas.csv", "2022-11,Iraq,", "2022-11,KSA,",
            "agreement_quotas.csv:3: column 3 (producer): a second quota for Saudi Arabia (SA) in phase 2022-11 of "
                + "my-cut-2022-10 (the first is on line 2)"
        ),
        (
            "agreement_quotas.csv", "2022-11,SA,", "2022-11,OPEC,",
            "agreement_quotas.csv:2: column 3 (producer): \"OPEC\" is a total (Total OPEC), not a country"
        ),
        (
            "agreement_quotas.csv", ",11004,", ",110040,",
            "agreement_quotas.csv:2: column 6 (reference_kbd): \"110040\" kb/d is outside 0...50,000 kb/d "
                + "(one country's production)"
        ),
        (
            "agreement_quotas.csv", "10478,0,", "10478,maybe,",
            "agreement_quotas.csv:2: column 9 (exempt): \"maybe\" is not 0 or 1 (or true/false, yes/no)"
        ),
        (
            "agreement_quotas.csv", "-526,", "-5x26,",
            "agreement_quotas.csv:2: column 7 (adjustment_kbd): \"-5x26\" is not a number"
        ),
        (
            "agreements.csv", "my-cut-2022-10,OPEC+", "my cut,OPEC+",
            "agreements.csv:2: column 1 (id): \"my cut\" is not an agreement id (ASCII letters, digits and - _ . +, "
                + "at most 64)"
        ),
    ]

    /// The one change of a case: the first occurrence of `old` in the file's text becomes `new`.
    static func replacingFirst(_ old: String, with new: String, in text: String) -> String {
        guard let range = text.range(of: old) else { return text + "\u{0}missing \(old)" }
        return text.replacingCharacters(in: range, with: new)
    }

    @Test(arguments: badFiles)
    func aBadFileIsOneLineAndTheDatabaseStaysByteForByte(
        file: String, old: String, new: String, message: String
    ) throws {
        let database = try Self.databaseFile()
        let folder = try Self.folder(changing: file) { Self.replacingFirst(old, with: new, in: $0) }
        let before = try Self.sha256(database.path)
        let error = try #require(throws: OilStatError.self) {
            try AgreementLoader().load(paths: [folder.path], into: database)
        }
        #expect(error.description == folder.path + "/" + message.replacingOccurrences(of: "{dir}", with: folder.path))
        #expect(try Self.sha256(database.path) == before)
        #expect(!(try database.agreements().contains { $0.id == "my-cut-2022-10" }))
    }

    @Test func anAgreementWithoutPhaseIsRefused() throws {
        let database = try TestSupport.bundledDatabase()
        let folder = try Self.folder()
        let agreements = folder.appendingPathComponent("agreements.csv").path
        let error = try #require(throws: OilStatError.self) {
            try AgreementLoader().load(paths: [agreements], into: database)
        }
        #expect(
            error.description
                == agreements + ":2: column 1 (id): agreement \"my-cut-2022-10\" has no phase "
                + "(no phases table (agreement_phases.csv) was given)")
    }

    @Test func loadingTheSameIdAgainNeedsReplace() throws {
        let database = try Self.databaseFile()
        let folder = try Self.folder()
        _ = try AgreementLoader().load(paths: [folder.path], into: database)
        let before = try Self.sha256(database.path)
        let agreements = folder.appendingPathComponent("agreements.csv")
        let error = try #require(throws: OilStatError.self) {
            try AgreementLoader().load(paths: [folder.path], into: database)
        }
        #expect(
            error.description
                == agreements.path + ":2: column 1 (id): agreement \"my-cut-2022-10\" is already in the database "
                + "(loaded from \(agreements.standardizedFileURL.path)); load with --replace to replace it")
        #expect(try Self.sha256(database.path) == before)
        let again = try AgreementLoader().load(paths: [folder.path], into: database, replace: true)
        #expect(again.first?.replaced == .file(agreements.standardizedFileURL.path))
    }

    /// The bundled files pass the validator that guards `agreements load`: every row of the three files is kept.
    @Test func theBundledAgreementsPassTheValidator() throws {
        let database = try TestSupport.bundledDatabase()
        let tables = try BundledData(directory: TestSupport.dataDirectory).agreementTables()
        let checked = try database.queue.read { db in
            try AgreementValidator { try OilStatDatabase.producer(matching: $0, in: db) }.validate(tables)
        }
        #expect(checked.count == tables.agreements?.records.count)
        #expect(checked.reduce(0) { $0 + $1.phases.count } == tables.phases?.records.count)
        #expect(checked.reduce(0) { $0 + $1.quotas.count } == tables.quotas?.records.count)
        let december2016 = try #require(checked.first { $0.agreement.id == "opec-2016-12" })
        let saudi = try #require(
            december2016.quotas.first { $0.producerId == (try database.producer(matching: "SA").id) })
        #expect([saudi.referenceKBD, saudi.adjustmentKBD, saudi.requiredKBD] == [10544, -486, 10058])
        #expect(try database.agreements().allSatisfy { $0.origin == .bundled })
    }

    /// A bundled quota that breaks a rule stops the bundled load with the same one-line error as a loaded file.
    @Test func aBadBundledQuotaStopsTheBundledLoad() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("oilstat-data-\(UUID())")
        try FileManager.default.copyItem(at: TestSupport.dataDirectory, to: data)
        let quotas = data.appendingPathComponent("agreement_quotas.csv")
        let lines = try String(contentsOf: quotas, encoding: .utf8).components(separatedBy: "\n")
        let row = try #require(lines.firstIndex { $0.hasPrefix("opec-2016-12,main,SA,OPEC,2016-10,10544,-486,10058,") })
        var changed = lines
        changed[row] = changed[row].replacingOccurrences(of: ",10058,", with: ",10085,")
        try Data(changed.joined(separator: "\n").utf8).write(to: quotas)
        let database = try OilStatDatabase.inMemory()
        let error = try #require(throws: OilStatError.self) {
            try BundledData(directory: data).loadIfNeeded(into: database)
        }
        #expect(
            error.description
                == "\(quotas.path):\(row + 1): column 8 (required_kbd): reference 10,544 + adjustment -486 = 10,058, "
                + "not 10,085 (more than ±1 kb/d apart)")
        #expect(try database.agreements().isEmpty)
    }

    @Test func removeTakesALoadedAgreementAndRefusesABundledOne() throws {
        let database = try Self.databaseFile()
        _ = try AgreementLoader().load(paths: [try Self.folder().path], into: database)
        let bundled = try BundledData(directory: TestSupport.dataDirectory).agreementTables()
        let removed = try database.removeAgreement(id: "MY-CUT-2022-10", bundled: bundled)
        #expect([removed.phases, removed.quotas] == [1, 2] && !removed.restoredBundled)
        #expect(try database.quotas(agreement: "my-cut-2022-10", phase: "2022-11").isEmpty)
        let unknown = try #require(throws: OilStatError.self) {
            try database.removeAgreement(id: "my-cut-2022-10", bundled: bundled)
        }
        #expect(unknown.message.hasPrefix("unknown agreement \"my-cut-2022-10\" ("))
        let before = try Self.sha256(database.path)
        let refused = try #require(throws: OilStatError.self) {
            try database.removeAgreement(id: "opec-2016-12", bundled: bundled)
        }
        #expect(refused.kind == .unsupported)
        #expect(refused.message.hasPrefix("opec-2016-12 is a bundled agreement: bundled agreements cannot be removed"))
        #expect(try Self.sha256(database.path) == before)
    }

    /// A bundled agreement replaced with `--replace` stays replaced when the bundled data is reloaded, and comes back
    /// when the user's version is removed.
    @Test func aReplacedBundledAgreementSurvivesABundledReloadAndComesBackOnRemove() throws {
        let database = try TestSupport.bundledDatabase()
        let folder = try Self.folder(changing: "agreements.csv") {
            $0.replacingOccurrences(of: "my-cut-2022-10,", with: "opec-2016-12,")
        }
        for name in ["agreement_phases.csv", "agreement_quotas.csv"] {
            let url = folder.appendingPathComponent(name)
            let text = try String(contentsOf: url, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "my-cut-2022-10,", with: "opec-2016-12,").utf8).write(to: url)
        }
        let stored = try AgreementLoader().load(paths: [folder.path], into: database, replace: true)
        #expect(stored.first?.replaced == .bundled)
        // A changed bundle (one more blank line) is reloaded; the user's opec-2016-12 stays, the others come back.
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("oilstat-data-\(UUID())")
        try FileManager.default.copyItem(at: TestSupport.dataDirectory, to: data)
        let groups = data.appendingPathComponent("groups.csv")
        try Data((try String(contentsOf: groups, encoding: .utf8) + "\n").utf8).write(to: groups)
        #expect(try BundledData(directory: data).loadIfNeeded(into: database))
        let agreements = try database.agreements()
        #expect(agreements.first { $0.id == "opec-2016-12" }?.origin != .bundled)
        #expect(agreements.contains { $0.id == "opecplus-2018-12" && $0.origin == .bundled })
        let removed = try database.removeAgreement(
            id: "opec-2016-12", bundled: try BundledData(directory: data).agreementTables())
        #expect(removed.restoredBundled)
        let saudi = try database.producer(matching: "SA").id
        let quota = try database.quotas(agreement: "opec-2016-12", phase: "main").first { $0.producerId == saudi }
        #expect(quota?.requiredKBD == 10058)
    }

    @Test(arguments: [
        AgreementOrigin.bundled, .file("/tmp/a \"quoted\" \\ path/agreements.csv"), .file("/x/agreements.csv"),
    ])
    func theOriginReadsBackFromTheSource(origin: AgreementOrigin) {
        let source = origin.source(citing: "OPEC press release")
        #expect(AgreementOrigin.split(source: source) == (origin, "OPEC press release"))
    }
}
