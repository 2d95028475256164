import ArgumentParser
import OilStatCore

/// The `oilstat` command: oil production statistics from the bundled figures and your imports.
@main
struct OilStat: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oilstat",
        abstract: "Oil production statistics: who produces how much, market shares, changes and OPEC+ conformity.",
        discussion: """
            Figures come from the bundled dataset (Data/, loaded on first use) and from files you load or import.
            The database is $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite; --database overrides both.

            Example: oilstat share --month 2018-10 --source "news report"
            """,
        version: OilStatVersion.current,
        subcommands: [
            ProducersCommand.self, GroupsCommand.self, AgreementsCommand.self, SourcesCommand.self,
            ShareCommand.self, CompareCommand.self, ChangesCommand.self, RevisionsCommand.self,
            LoadCommand.self, ImportCommand.self, ImportsCommand.self, AnnualCommand.self,
            ConformityCommand.self, TableCommand.self, AveragesCommand.self, ConcentrationCommand.self,
            RankCommand.self, UpdateCommand.self,
            ChartCommand.self, ReportCommand.self, ServeCommand.self,
        ]
    )

    /// Parses the arguments and runs the command, as `ParsableCommand.main()` does, except that a write to a closed
    /// pipe (`oilstat producers | head -1`) ends the process quietly by `SIGPIPE` (status 141 in the shell, the Unix
    /// convention), whether or not the parent left `SIGPIPE` ignored, instead of printing an error. Async commands
    /// (`update`) are awaited.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as OilStatError where error.isBrokenPipe {
            StandardStream.endAfterBrokenPipe()
        } catch {
            exit(withError: error)
        }
    }
}

/// The version `oilstat --version` prints.
enum OilStatVersion {
    static let current = "0.1.0"
}
