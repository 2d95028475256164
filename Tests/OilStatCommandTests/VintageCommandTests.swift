import Foundation
import Testing

/// Vintages on the command line: `load` with vintage columns, `changes --within-vintage`, `revisions`, `--as-of`,
/// `imports diff` (issue 10, item 2). The figures are the cited rows of
/// Tests/OilStatImportTests/Fixtures/published-revisions.csv.
@Suite(.serialized)
struct VintageCommandTests {
    private static let fixture = CommandRunner.repository.appendingPathComponent(
        "Tests/OilStatImportTests/Fixtures/published-revisions.csv"
    ).path

    private func loaded() throws -> CommandRunner {
        let runner = CommandRunner()
        let load = try runner.run(["load", Self.fixture])
        #expect(load.status == 0)
        return runner
    }

    @Test func theLoadSummarySaysWhatChanged() throws {
        let runner = CommandRunner()
        let load = try runner.run(["load", Self.fixture])
        #expect(load.status == 0)
        #expect(load.output.hasPrefix("\(Self.fixture): 9 rows read, 9 stored, 0 missing (import #"))
        // Against the bundled data, which already holds both prints of OPEC February 2017 and the first prints of
        // the Reuters figures: 2 values revise its figures (OPEC-14 July 2019, Saudi Arabia August 2019), 7 it has.
        #expect(
            load.output.contains(
                "\nvintage per row, from the vintage column: 0 new, 2 revised, 0 replaced within vintage, "
                    + "7 unchanged, 0 withdrawn\n"), "\(load.output)")
        let again = try runner.run(["load", Self.fixture])
        #expect(again.output.contains("already imported"))
    }

    @Test func changesWithinOnePublicationReproduceThePublishedChange() throws {
        let runner = try loaded()
        let saudi = try runner.run([
            "changes", "--producer", "SA", "--from", "2019-09", "--to", "2019-09", "--source", "Reuters survey",
            "--format", "csv",
        ])
        #expect(saudi.status == 0)
        #expect(saudi.output.hasPrefix("month,kbd,mom_kbd,mom_pct,yoy_kbd,yoy_pct\n2019-09,9050,-700,"))
        let notes = try runner.run([
            "changes", "--producer", "SA", "--from", "2019-08", "--to", "2019-09", "--source", "Reuters survey",
            "--format", "markdown",
        ])
        #expect(notes.output.contains("2019-09 and 2019-08 as printed in Reuters survey September 2019"))
        #expect(
            notes.output.contains(
                "against the latest figures, as no one publication holds both months: 2019-08 (Reuters survey "
                    + "September 2019 does not hold 2019-07)"), "\(notes.output)")
        let opec = try runner.run([
            "changes", "--producer", "OPEC", "--from", "2017-03", "--to", "2017-03", "--source",
            "OPEC MOMR secondary sources", "--format", "csv",
        ])
        #expect(opec.output.hasPrefix("month,kbd,mom_kbd,mom_pct,yoy_kbd,yoy_pct\n2017-03,31928,-153,"))
        // As of the day before the April 2017 MOMR, March is not published and February is the first print.
        let before = try runner.run([
            "changes", "--producer", "OPEC", "--from", "2017-02", "--to", "2017-03", "--source",
            "OPEC MOMR secondary sources", "--as-of", "2017-04-11", "--format", "csv",
        ])
        #expect(before.output.contains("\n2017-02,31960,"))
        #expect(before.output.contains("\n2017-03,,"))
    }

    @Test func revisionsListEachVintage() throws {
        let runner = try loaded()
        let result = try runner.run([
            "revisions", "--producer", "SA", "--month", "2019-08", "--source", "Reuters survey", "--format", "csv",
        ])
        #expect(result.status == 0)
        #expect(
            result.output.hasPrefix(
                """
                vintage,publication,kbd,change_kbd,superseded_by
                2019-08-30,Reuters survey August 2019,9630,,2019-09-30
                2019-09-30,Reuters survey September 2019,9750,120,latest

                """), "\(result.output)")
    }

    @Test func asOfAnswersWithWhatWasPublishedThen() throws {
        let runner = try loaded()
        func saudi(_ extra: [String]) throws -> String {
            let result = try runner.run(
                ["share", "--month", "2019-08", "--source", "Reuters survey", "--format", "csv"] + extra)
            #expect(result.status == 0)
            return result.output.split(separator: "\n").first { $0.contains(",SA,") }.map(String.init) ?? ""
        }
        #expect(try saudi([]).contains(",9750,"))
        #expect(try saudi(["--as-of", "2019-09-29"]).contains(",9630,"))
    }

    @Test func importsDiffShowsTheLargestRevisions() throws {
        let runner = try loaded()
        let result = try runner.run(["imports", "diff", "--format", "csv"])
        #expect(result.status == 0)
        #expect(
            result.output
                == "producer,month,before,after,change\nSA,2019-08,9630,9750,120\nOPEC,2019-07,29418,29530,112\n",
            "\(result.output)")
        let missing = try runner.run(["imports", "diff", "999"])
        #expect(missing.status != 0)
        #expect(missing.errorOutput.contains("no import #999"))
    }

    @Test(arguments: [
        ["share", "--month", "2019-08", "--as-of", "2019-02-30"],
        ["changes", "--producer", "SA", "--from", "2019-01", "--to", "2019-02", "--as-of", "1899-12-31"],
        ["load", "x.csv", "--vintage", "2019-8-30"],
        ["import", "x.csv", "--vintage", "tomorrow"],
    ])
    func badDaysAreUsageErrorsNamingTheRange(_ arguments: [String]) throws {
        let result = try CommandRunner().run(arguments)
        #expect(result.status == 64)
        #expect(result.errorOutput.contains("1900-01-01...2200-12-31"), "\(result.errorOutput)")
    }
}
