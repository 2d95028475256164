import Foundation
import OilStatCore
import Testing

/// `oilstat agreements load`, `agreements remove` and conformity on a loaded agreement, through the built binary.
@Suite(.serialized)
struct AgreementsCommandTests {
    static let reutersAugust2023 =
        "https://www.dailymail.co.uk/wires/reuters/article-12466013/"
        + "TABLE-OPEC-oil-output-rises-220-000-bpd-August--Reuters-survey.html"
    static let barbadosGazette =
        "https://barbadosgazette.com/opec-opec-agree-to-slash-production-by-2000000-barrels-per-day-loop-barbados/"
    static let tass = "https://tass.com/economy/1550019"

    /// Part of the OPEC+ 2 mb/d cut decided on 5 Oct 2022, in two phases, every figure as printed:
    /// - 2022-11: Saudi Arabia 11,004 / -526 / 10,478 (barbadosgazette.com, the OPEC production table); Iraq's
    ///   baseline 4.651 and pledged cut 220,000 (Reuters survey table of 31 Aug 2023) and quota 4.431 (TASS, MOMR);
    /// - 2023-08: the Oct 2022 cut plus the voluntary cuts as the Reuters survey of 31 Aug 2023 counts them:
    ///   baseline, total cuts pledged and implied target of Algeria (1.055, 116,000, 939,000), Iraq (4.651, 431,000,
    ///   4,220,000), Kuwait (2.811, 263,000, 2,548,000) and Gabon (0.186, 17,000, 169,000).
    static var files: [String: String] {
        [
            "agreements.csv": """
            id,name,from,to,description,source
            my-opecplus-2022-10,OPEC+ 2 mb/d cut (5 Oct 2022) with the 2023 voluntary cuts,2022-11,2023-12,\
            "A user's copy: Nov 2022 required production, and Aug 2023 as Reuters counts the voluntary cuts.",\
            \(barbadosGazette); \(reutersAugust2023)

            """,
            "agreement_phases.csv": """
            agreement,phase,from,to,total_adjustment_kbd,note
            my-opecplus-2022-10,2022-11,2022-11,2023-04,-2000,2 mb/d from the August 2022 required production
            my-opecplus-2022-10,2023-08,2023-08,2023-08,,Reuters implied targets with voluntary cuts

            """,
            "agreement_quotas.csv": """
            agreement,phase,producer,side,reference_month,reference_kbd,adjustment_kbd,required_kbd,exempt,note,source
            my-opecplus-2022-10,2022-11,SA,OPEC,,11004,-526,10478,0,,\(barbadosGazette)
            my-opecplus-2022-10,2022-11,IQ,OPEC,,4651,-220,4431,0,,\(reutersAugust2023) (baseline; cut); \(tass) (quota)
            my-opecplus-2022-10,2023-08,Algeria,OPEC,,1055,-116,939,0,,\(reutersAugust2023)
            my-opecplus-2022-10,2023-08,Iraq,OPEC,,4651,-431,4220,0,,\(reutersAugust2023)
            my-opecplus-2022-10,2023-08,Kuwait,OPEC,,2811,-263,2548,0,,\(reutersAugust2023)
            my-opecplus-2022-10,2023-08,Gabon,OPEC,,186,-17,169,0,,\(reutersAugust2023)

            """,
        ]
    }

    /// Production as printed: MOMR secondary sources for Nov 2022 (via TASS) and the Reuters survey for Aug 2023.
    static var production: String {
        """
        producer,month,value,unit,source,product,note
        SA,2022-11,10.474,mb/d,OPEC MOMR secondary sources,CRUDEOIL,\(tass)
        IQ,2022-11,4.465,mb/d,OPEC MOMR secondary sources,CRUDEOIL,\(tass)
        DZ,2023-08,0.940,mb/d,Reuters survey,CRUDEOIL,\(reutersAugust2023)
        IQ,2023-08,4.220,mb/d,Reuters survey,CRUDEOIL,\(reutersAugust2023)
        KW,2023-08,2.550,mb/d,Reuters survey,CRUDEOIL,\(reutersAugust2023)
        GA,2023-08,0.190,mb/d,Reuters survey,CRUDEOIL,\(reutersAugust2023)

        """
    }

    /// A runner and a folder beside its database holding the agreement files, `change` applied to one of them.
    static func setUp(changing file: String? = nil, _ change: (String) -> String = { $0 }) throws -> (
        CommandRunner, URL
    ) {
        let runner = CommandRunner()
        let folder = URL(fileURLWithPath: runner.databasePath).deletingLastPathComponent()
            .appendingPathComponent("deal")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data((name == file ? change(text) : text).utf8).write(to: folder.appendingPathComponent(name))
        }
        return (runner, folder)
    }

    static func sha256(_ path: String) throws -> String {
        SHA256Hasher.hex(of: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    /// Loaded, the agreement computes conformity as a bundled one does, and reproduces the compliance the Reuters
    /// survey of 31 Aug 2023 prints for August 2023: Algeria 99, Iraq 100, Kuwait 99, Gabon -24.
    @Test func aLoadedAgreementReproducesReutersCompliance() throws {
        let (runner, folder) = try Self.setUp()
        let load = try runner.run(["agreements", "load", folder.path])
        #expect(load.status == 0, "\(load.errorOutput)")
        let origin = folder.appendingPathComponent("agreements.csv").standardizedFileURL.path
        #expect(
            load.output == "stored 1 agreement (loaded from \(origin)):\n  my-opecplus-2022-10: 2 phases, 6 quotas\n")
        let production = folder.appendingPathComponent("production.csv")
        try Data(Self.production.utf8).write(to: production)
        #expect(try runner.run(["load", production.path]).status == 0)

        let august = try runner.run([
            "conformity", "--agreement", "my-opecplus-2022-10", "--month", "2023-08", "--source", "Reuters survey",
            "--format", "csv",
        ])
        #expect(august.status == 0, "\(august.errorOutput)")
        let lines = august.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("DZ,Algeria,OPEC,1055,939,940,116,115,99.1379,counted"))
        #expect(lines.contains("IQ,Iraq,OPEC,4651,4220,4220,431,431,100.0000,counted"))
        #expect(lines.contains("KW,Kuwait,OPEC,2811,2548,2550,263,261,99.2395,counted"))
        #expect(lines.contains("GA,Gabon,OPEC,186,169,190,17,-4,-23.5294,counted"))

        // November 2022, the first month of the cut: MOMR secondary sources, Saudi Arabia 10.474 against 10.478.
        let november = try runner.run([
            "conformity", "--agreement", "my-opecplus-2022-10", "--month", "2022-11", "--source",
            "OPEC MOMR secondary sources", "--format", "csv",
        ])
        #expect(november.status == 0, "\(november.errorOutput)")
        #expect(november.output.contains("\nSA,Saudi Arabia,OPEC,11004,10478,10474,526,530,100.7605,counted\n"))
        #expect(november.output.contains("\nIQ,Iraq,OPEC,4651,4431,4465,220,186,84.5455,counted\n"))

        let list = try runner.run(["agreements", "--format", "table"])
        #expect(list.status == 0)
        // One row per phase and side: 2022-11 and 2023-08, both OPEC.
        #expect(list.output.split(separator: "\n").filter { $0.hasPrefix("my-opecplus-2022-10 ") }.count == 2)
        #expect(
            list.output.contains(
                "\nmy-opecplus-2022-10: OPEC+ 2 mb/d cut (5 Oct 2022) with the 2023 voluntary cuts, 2022-11 to 2023-12; "
                    + "loaded from \(origin).\n"))
        #expect(list.output.contains("\nopec-2016-12: OPEC 171st Conference production adjustment (30 Nov 2016), "))
        #expect(list.output.contains(", 2017-01 to 2018-12; bundled.\n"))
    }

    /// Bad files through the binary: one line on standard error, a non-zero exit, nothing on standard output, and
    /// the database file byte for byte as before.
    @Test(arguments: [
        (
            "agreement_phases.csv", "2023-08,2023-08,2023-08", "2023-08,2023-04,2023-08",
            "agreement_phases.csv:3: column 3 (from): phase 2023-08 (2023-04...2023-08) overlaps phase 2022-11 of "
                + "my-opecplus-2022-10 (2022-11...2023-04, line 2)"
        ),
        (
            "agreement_quotas.csv", "2023-08,Kuwait,", "2023-08,Kuwiat,",
            "agreement_quotas.csv:6: column 3 (producer): unknown producer \"Kuwiat\" (did you mean \"Kuwait\"?)"
        ),
        (
            "agreement_quotas.csv", "-263,2548", "-236,2548",
            "agreement_quotas.csv:6: column 8 (required_kbd): reference 2,811 + adjustment -236 = 2,575, not 2,548 "
                + "(more than ±1 kb/d apart)"
        ),
    ])
    func aBadFileChangesNothing(file: String, old: String, new: String, message: String) throws {
        let (runner, folder) = try Self.setUp(changing: file) { $0.replacingOccurrences(of: old, with: new) }
        #expect(try runner.run(["agreements"]).status == 0)
        let before = try Self.sha256(runner.databasePath)
        let result = try runner.run(["agreements", "load", folder.path])
        #expect(result.status == 1)
        #expect(result.errorOutput == "Error: \(folder.path)/\(message)\n")
        #expect(result.output.isEmpty)
        #expect(try Self.sha256(runner.databasePath) == before)
    }

    @Test func removeTakesALoadedAgreementAwayAndRefusesABundledOne() throws {
        let (runner, folder) = try Self.setUp()
        #expect(try runner.run(["agreements", "load", folder.path]).status == 0)
        let again = try runner.run(["agreements", "load", folder.path])
        #expect(again.status == 1)
        #expect(again.errorOutput.hasSuffix("; load with --replace to replace it\n"))
        let replaced = try runner.run(["agreements", "load", "--replace", folder.path])
        #expect(
            replaced.output.hasSuffix(
                "  my-opecplus-2022-10: 2 phases, 6 quotas (replaced the one loaded from "
                    + "\(folder.appendingPathComponent("agreements.csv").standardizedFileURL.path))\n"))

        let removed = try runner.run(["agreements", "remove", "my-opecplus-2022-10"])
        #expect(removed.status == 0, "\(removed.errorOutput)")
        #expect(removed.output.hasPrefix("removed my-opecplus-2022-10 (loaded from "))
        #expect(removed.output.hasSuffix(": 2 phases, 6 quotas\n"))
        #expect(!(try runner.run(["agreements", "--format", "table"]).output.contains("my-opecplus-2022-10")))
        let conformity = try runner.run(["conformity", "--agreement", "my-opecplus-2022-10", "--month", "2023-08"])
        #expect(conformity.status == 1)
        #expect(conformity.errorOutput.hasPrefix("Error: unknown agreement \"my-opecplus-2022-10\""))

        let before = try Self.sha256(runner.databasePath)
        let bundled = try runner.run(["agreements", "remove", "opec-2016-12"])
        #expect(bundled.status == 1)
        #expect(
            bundled.errorOutput
                == "Error: opec-2016-12 is a bundled agreement: bundled agreements cannot be removed (the bundled "
                + "data would bring it back); agreements load --replace replaces it with your version\n")
        let unknown = try runner.run(["agreements", "remove", "opec-2016-11"])
        #expect(
            unknown.errorOutput.hasPrefix("Error: unknown agreement \"opec-2016-11\" (did you mean \"opec-2016-12\""))
        #expect(try Self.sha256(runner.databasePath) == before)
    }

    /// The command line itself: arguments and options are checked before anything is opened.
    @Test(arguments: [
        (["agreements", "load"], "Error: Give the agreement CSV files, or a folder holding them.\n"),
        (["agreements", "load", "a.csv", "a.csv"], "Error: A file is given twice.\n"),
        (["agreements", "load", ""], "Error: A file path is empty.\n"),
        (["agreements", "remove"], "Error: Missing expected argument '<id>'\n"),
        (["agreements", "remove", " "], "Error: The agreement id is empty.\n"),
        (["agreements", "remove", "a", "b"], "Error: Unexpected argument 'b'\n"),
        (["agreements", "load", "--replce", "a.csv"], "Error: Unknown option '--replce'. Did you mean '--replace'?\n"),
    ])
    func argumentsAreChecked(arguments: [String], message: String) throws {
        let runner = CommandRunner()
        let result = try runner.run(arguments)
        #expect(result.status == 64)
        #expect(result.errorOutput.hasPrefix(message))
        #expect(result.output.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: runner.databasePath))
    }

    @Test func aMissingFileAndAFolderWithoutTablesAreOneLine() throws {
        let (runner, folder) = try Self.setUp()
        let missing = try runner.run(["agreements", "load", folder.appendingPathComponent("nope.csv").path])
        #expect(missing.status == 1)
        #expect(missing.errorOutput == "Error: \(folder.path)/nope.csv: no such file\n")
        let header = folder.appendingPathComponent("header.csv")
        try Data("id,name,from,to\n".utf8).write(to: header)
        let headerOnly = try runner.run(["agreements", "load", header.path])
        #expect(headerOnly.errorOutput == "Error: \(header.path):1: no agreements: the table has only a header\n")
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let none = try runner.run(["agreements", "load", empty.path])
        #expect(
            none.errorOutput
                == "Error: \(empty.path): the folder holds none of agreements.csv, agreement_phases.csv, "
                + "agreement_quotas.csv\n")
    }
}
