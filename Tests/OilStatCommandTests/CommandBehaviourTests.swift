import Foundation
import Testing

/// How the command line behaves: pipes, errors, exit codes, atomic loads.
@Suite(.serialized)
struct CommandBehaviourTests {
    @Test func pipedOutputIsPlainCSVWithoutColour() throws {
        let result = try CommandRunner().run(["share", "--month", "2018-10", "--source", "news report"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("rank,producer,name,kbd,share_pct\n"))
        #expect(!result.output.contains("\u{1B}["))
        #expect(result.errorOutput.isEmpty)
    }

    @Test func aBadCSVGivesOneLineNamingFileLineAndFieldAndWritesNothing() throws {
        let runner = CommandRunner()
        let folder = URL(fileURLWithPath: runner.databasePath).deletingLastPathComponent()
        let file = folder.appendingPathComponent("bad.csv")
        try Data(
            "producer,month,value,unit,source\nSA,2018-12,10500,kb/d,my notes\nIQ,2018-12,4.7O,mb/d,my notes\n".utf8
        ).write(to: file)
        let before = try runner.run(["sources", "--format", "csv"])
        let result = try runner.run(["load", file.path])
        #expect(result.status != 0)
        #expect(result.output.isEmpty)
        #expect(result.errorOutput == "Error: \(file.path):3: column 3 (value): \"4.7O\" is not a number\n")
        let after = try runner.run(["sources", "--format", "csv"])
        #expect(after.output == before.output)
    }

    @Test func loadingTwiceStoresOnce() throws {
        let runner = CommandRunner()
        let folder = URL(fileURLWithPath: runner.databasePath).deletingLastPathComponent()
        let file = folder.appendingPathComponent("good.csv")
        try Data(
            "producer,month,value,unit,source\nSA,2018-12,10500,kb/d,my notes\nIQ,2018-12,4.7,mb/d,my notes\nIR,2018-12,..,kb/d,my notes\n"
                .utf8
        ).write(to: file)
        let first = try runner.run(["load", file.path])
        #expect(first.status == 0)
        #expect(first.output.hasPrefix("\(file.path): 3 rows read, 2 stored, 1 missing (import #"))
        let second = try runner.run(["load", file.path])
        #expect(second.output.contains("already imported"))
        let share = try runner.run(["share", "--month", "2018-12", "--source", "my notes", "--format", "csv"])
        #expect(
            share.output == """
                rank,producer,name,kbd,share_pct
                1,SA,Saudi Arabia,10500,69.08
                2,IQ,Iraq,4700,30.92
                ,,Total (2 producers),15200,100.00

                """)
    }

    @Test(arguments: [
        (
            ["share", "--month", "2018-10", "--group", "opex"],
            "Error: unknown group \"opex\" (did you mean opec, opec+?)\n"
        ),
        (
            ["changes", "--producer", "Saudi Arabai", "--from", "2018-01", "--to", "2018-12"],
            "Error: unknown producer \"Saudi Arabai\" (did you mean \"Saudi Arabia\"?)\n"
        ),
        (
            ["share", "--month", "2030-01"],
            "Error: no production figures for 2030-01 from any source; nearest months with data: 2025-06\n"
        ),
    ])
    func clearErrors(arguments: [String], message: String) throws {
        let result = try CommandRunner().run(arguments)
        #expect(result.status != 0)
        #expect(result.errorOutput == message)
    }

    @Test func energyInstituteImportsAnswerAnnualQuestions() throws {
        let runner = CommandRunner()
        let fixture = CommandRunner.repository.appendingPathComponent(
            "Tests/OilStatImportTests/Fixtures/ei_narrow_comma.csv"
        ).path
        let imported = try runner.run(["import", fixture])
        #expect(imported.status == 0)
        #expect(imported.output.hasPrefix("\(fixture): 6 rows read, 5 stored, 1 missing (import #"))
        let annual = try runner.run(["annual", "--variable", "oilprod_mt", "--year", "2018", "--format", "csv"])
        // Energy Institute: US 669.69 Mt in 2018 against 574.25 Mt in 2017, +16.62 %.
        #expect(
            annual.output == """
                producer,name,value_2018,value_2017,change,change_pct,share_pct
                US,United States,669.7,574.3,95.4,16.62,36.91
                SA,Saudi Arabia,576.8,,,,31.79
                RU,Russia,567.9,,,,31.30
                ,Total (3 countries),1814.4,,,,100.00

                """)
        let missing = try runner.run(["annual", "--year", "2018"])
        #expect(missing.status != 0)
        #expect(
            missing.errorOutput
                == "Error: no annual oilprod_kbd figures for 2018 in source \"Energy Institute\" (stored: oilprod_mt 2016-2018)\n"
        )
    }
}
