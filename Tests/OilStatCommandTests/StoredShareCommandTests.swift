import Foundation
import Testing

/// `oilstat share --all-months` without `--jodi`: the share task over the stored database, through the built binary.
struct StoredShareCommandTests {
    static let sample = CommandRunner.repository.appendingPathComponent(
        "Tests/OilStatImportTests/Fixtures/jodi_openbb_sample.csv"
    ).path

    @Test func afterImportTheOutputIsTheFileTasksByteForByte() throws {
        let runner = CommandRunner()
        #expect(try runner.run(["import", Self.sample]).status == 0)
        let fromFile = try runner.run(["share", "--all-months", "--jodi", Self.sample, "--format", "csv"])
        let fromStore = try runner.run(["share", "--all-months", "--format", "csv"])
        #expect(fromStore.status == 0)
        #expect(fromStore.errorOutput.isEmpty)
        #expect(fromStore.output == fromFile.output)
        #expect(fromStore.output.hasPrefix("country,month,kbd,share_pct,mom_change_kbd,mom_change_pct\nUS,2024-01,"))
        // Into a file, as the benchmark runs it.
        let folder = URL(fileURLWithPath: runner.databasePath).deletingLastPathComponent()
        let output = folder.appendingPathComponent("shares.csv").path
        #expect(try runner.run(["share", "--all-months", "--source", "JODI", "--output", output]).status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == fromFile.output)
    }

    @Test func theTableNamesSourceProductUnitAndBase() throws {
        let result = try CommandRunner().run(["share", "--all-months", "--source", "news report", "--format", "table"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Crude oil production shares by month, news report\n"))
        #expect(result.output.contains("SA       2018-10  10,700.0000  31.9403"))
        #expect(
            result.output.contains(
                "Source: news report (named with --source); product: Crude oil (CRUDEOIL); flow: production; "
                    + "unit: kb/d"))
        #expect(result.output.contains("Share of the month's total of every country with a figure from this source"))
    }

    @Test(arguments: [
        (
            ["share", "--all-months", "--group", "opec"],
            "Error: --all-months covers every country: --group, --producers and --top go with --month."
        ),
        (
            ["share", "--all-months", "--jodi", sample, "--source", "EIA"],
            "Error: --jodi FILE reads CRUDEOIL from the file: --source and --product go without it."
        ),
        (["share", "--all-months", "--month", "2024-01"], "Error: --all-months and --jodi FILE go without --month."),
        (
            ["share", "--all-months", "--source", "EIA"],
            "Error: no CRUDEOIL production figures in kb/d from source \"EIA\" "
                + "(import a JODI file with oilstat import FILE)"
        ),
        (["share", "--all-months", "--product", "BUTTER"], "Error: unknown product \"BUTTER\" (known: CRUDEOIL, NGL"),
    ])
    func wrongCombinationsAreOneLineErrors(arguments: [String], message: String) throws {
        let result = try CommandRunner().run(arguments)
        #expect(result.status != 0)
        #expect(result.output.isEmpty)
        #expect(result.errorOutput.hasPrefix(message))
        #expect(result.errorOutput.hasSuffix("\n"))
    }
}
