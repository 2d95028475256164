import Foundation
import Testing

/// The conventions of a shell tool: terminal vs pipe, NO_COLOR, --version, help with examples, completions and the
/// man page kept in sync with the commands, formula-safe CSV end to end, and clear errors on standard error.
@Suite(.serialized)
struct CLIConventionTests {
    /// `script` (util-linux) runs a command under a pseudo-terminal; without it the terminal tests are skipped.
    static let script = ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs `oilstat arguments...` with standard output on a pseudo-terminal; returns what the terminal showed.
    static func runOnTerminal(_ arguments: [String], environment: [String: String] = [:]) throws -> (
        output: String, status: Int32
    ) {
        let runner = CommandRunner()
        func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = ([CommandRunner.binary.path] + arguments).map(quoted).joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script!)
        process.arguments = ["-qec", command, "/dev/null"]
        var env = ProcessInfo.processInfo.environment
        env["OILSTAT_DATABASE"] = runner.databasePath
        env["OILSTAT_DATA"] = CommandRunner.repository.appendingPathComponent("Data").path
        env["NO_COLOR"] = nil
        env["TERM"] = "xterm"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n"),
            process.terminationStatus
        )
    }

    static let compare = ["compare", "2019-11", "2019-12", "--source", "Reuters survey"]

    @Test(.enabled(if: script != nil, "needs util-linux script for a pseudo-terminal"))
    func aTerminalGetsAnAlignedTableWithSeparatorsTotalsAndRedDeclines() throws {
        let (output, status) = try Self.runOnTerminal(Self.compare)
        #expect(status == 0)
        #expect(output.hasPrefix("Listed producers: 2019-11 compared with 2019-12\nCode "))
        #expect(output.contains("Saudi Arabia                   9,850    9,800"))
        #expect(output.contains("\u{1B}[31m-50\u{1B}[0m"))
        #expect(!output.contains("\u{1B}[31m150"))
        // The 14 members of the Reuters Nov and Dec 2019 tables (the tables print TOTAL OPEC 29.57 and 29.50).
        #expect(output.contains("Total  14 producers in both months   29,565   29,500"))
    }

    @Test(.enabled(if: script != nil, "needs util-linux script for a pseudo-terminal"))
    func noColorTurnsColourOffOnATerminal() throws {
        let (output, status) = try Self.runOnTerminal(Self.compare, environment: ["NO_COLOR": "1"])
        #expect(status == 0)
        #expect(output.contains("9,850"))
        #expect(!output.contains("\u{1B}["))
    }

    @Test(.enabled(if: script != nil, "needs util-linux script for a pseudo-terminal"))
    func aDumbTerminalGetsNoColour() throws {
        let (output, status) = try Self.runOnTerminal(Self.compare, environment: ["TERM": "dumb"])
        #expect(status == 0)
        #expect(output.contains("9,850") && !output.contains("\u{1B}["))
    }

    @Test(.enabled(if: script != nil, "needs util-linux script for a pseudo-terminal"))
    func aFileWrittenFromATerminalHasNoColour() throws {
        let folder = try ChartCommandTests.workingDirectory()
        let path = folder.appendingPathComponent("compare.txt").path
        let (_, status) = try Self.runOnTerminal(Self.compare + ["--output", path])
        #expect(status == 0)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("9,850") && !text.contains("\u{1B}["))
    }

    @Test func aPipeGetsPlainCSVWithoutSeparatorsOrColour() throws {
        let result = try CommandRunner().run(Self.compare)
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("producer,name,kbd_2019-11,kbd_2019-12,change_kbd,change_pct,"))
        #expect(result.output.contains("\nSA,Saudi Arabia,9850,9800,-50,-0.51,"))
        #expect(!result.output.contains("\u{1B}["))
        #expect(result.errorOutput.isEmpty)
    }

    @Test func delimiterAndNoHeaderShapeTheCSV() throws {
        let result = try CommandRunner().run([
            "share", "--month", "2018-10", "--source", "news report", "--delimiter", ";", "--no-header",
        ])
        #expect(
            result.output
                == "1;RU;Russia;11400;34.03\n2;US;United States;11400;34.03\n3;SA;Saudi Arabia;10700;31.94\n;;Total (3 producers);33500;100.00\n"
        )
    }

    @Test func versionIsPrinted() throws {
        let result = try CommandRunner().run(["--version"])
        #expect(result.status == 0)
        #expect(result.output == "0.1.0\n")
    }

    /// Every command and subcommand listed by `--help`, e.g. `["share"]`, `["chart", "production"]`.
    static func commands() throws -> [[String]] {
        func subcommands(of path: [String]) throws -> [String] {
            let help = try CommandRunner().run(["help"] + path).output
            guard let start = help.range(of: "SUBCOMMANDS:\n") else { return [] }
            return help[start.upperBound...].split(separator: "\n").compactMap { line in
                guard line.hasPrefix("  "), !line.hasPrefix("   "), let first = line.split(separator: " ").first else {
                    return nil
                }
                let name = String(first)
                return name != "help" && name.allSatisfy({ $0.isLowercase || $0 == "-" }) ? name : nil
            }
        }
        var result: [[String]] = []
        for name in try subcommands(of: []) {
            result.append([name])
            for child in try subcommands(of: [name]) { result.append([name, child]) }
        }
        return result
    }

    @Test func everyCommandsHelpHasAnExample() throws {
        let commands = try Self.commands()
        #expect(
            commands.contains(["report"]) && commands.contains(["chart", "conformity"]) && commands.contains(["share"]))
        for command in commands {
            let help = try CommandRunner().run(command + ["--help"])
            #expect(help.status == 0)
            #expect(help.output.contains("Example"), "oilstat \(command.joined(separator: " ")) --help has no example")
            #expect(
                help.output.contains("oilstat \(command.joined(separator: " "))"),
                "the example does not run oilstat \(command.joined(separator: " "))")
        }
    }

    @Test(arguments: [("bash", "oilstat.bash"), ("zsh", "_oilstat"), ("fish", "oilstat.fish")])
    func committedCompletionsMatchTheCommands(shell: String, file: String) throws {
        let generated = try CommandRunner().run(["--generate-completion-script", shell])
        #expect(generated.status == 0)
        let committed = try String(
            contentsOf: CommandRunner.repository.appendingPathComponent("docs/completions/\(file)"), encoding: .utf8)
        #expect(generated.output == committed, "docs/completions/\(file) is stale: run scripts/generate-docs.sh")
    }

    @Test func theManPageCoversEveryCommand() throws {
        let page = try String(
            contentsOf: CommandRunner.repository.appendingPathComponent("docs/oilstat.1"), encoding: .utf8)
        #expect(page.contains(".Dt OILSTAT 1"))
        for command in try Self.commands() {
            #expect(
                page.contains(command.last!),
                "docs/oilstat.1 lacks \(command.joined(separator: " ")): run scripts/generate-docs.sh")
        }
    }

    @Test func formulaLikeTextIsNeutralisedInCSVButNumbersAreNot() throws {
        let runner = CommandRunner()
        let folder = URL(fileURLWithPath: runner.databasePath).deletingLastPathComponent()
        let name = "=HYPERLINK(evil).csv"
        let file = folder.appendingPathComponent(name)
        try Data(
            """
            producer,month,value,unit,source,product,note
            SA,2018-12,10500,kb/d,"=HYPERLINK(""http://x"",""click"")",CRUDEOIL,=1+2
            IQ,2018-12,4700,kb/d,"=HYPERLINK(""http://x"",""click"")",CRUDEOIL,@SUM(A1)
            KW,2018-11,10,kb/d,"=HYPERLINK(""http://x"",""click"")",CRUDEOIL,
            KW,2018-12,5,kb/d,"=HYPERLINK(""http://x"",""click"")",CRUDEOIL,-bad

            """.utf8
        ).write(to: file)
        let load = try runner.run(["load", name], currentDirectory: folder)
        #expect(load.status == 0, "\(load.errorOutput)")
        let sources = try runner.run(["sources", "--format", "csv"])
        #expect(sources.output.contains("\n\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",4,2018-11,2018-12,\n"))
        // Numbers stay numbers: a negative value (KW's change, production itself cannot be negative) is written
        // as it is, not prefixed.
        let compare = try runner.run([
            "compare", "2018-11", "2018-12", "--source", "=HYPERLINK(\"http://x\",\"click\")",
            "--format", "csv",
        ])
        #expect(compare.status == 0, "\(compare.errorOutput)")
        #expect(compare.output.contains("\nKW,Kuwait,10,5,-5,-50.00,"))
        // TSV is guarded the same way.
        let tsv = try runner.run(["sources", "--format", "tsv"])
        #expect(tsv.output.contains("\n'=HYPERLINK(\"http://x\",\"click\")\t4\t"))
    }

    @Test(arguments: [
        (
            ["share", "--month", "2018-10", "--producers", "SA,Saudi Arabai"],
            "Error: unknown producer \"Saudi Arabai\" (did you mean \"Saudi Arabia\"?)\n"
        ),
        (
            ["compare", "2030-01", "2030-02"],
            "Error: no production figures for 2030-01, 2030-02 from any source; nearest months with data: 2025-06\n"
        ),
        (
            ["share", "--month", "2018-10", "--group", "opecc"],
            "Error: unknown group \"opecc\" (did you mean opec, opec+?)\n"
        ),
        (
            ["conformity", "--agreement", "opecplus-2018-11", "--month", "2019-12"],
            "Error: unknown agreement \"opecplus-2018-11\" (did you mean \"opecplus-2018-12\", \"opecplus-2019-12\", \"opecplus-2022-10\"?)\n"
        ),
    ])
    func errorsGoToStandardErrorWithANonZeroExit(arguments: [String], message: String) throws {
        let result = try CommandRunner().run(arguments)
        #expect(result.status != 0)
        #expect(result.output.isEmpty)
        #expect(result.errorOutput == message)
    }
}
