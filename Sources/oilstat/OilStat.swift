import ArgumentParser

/// The `oilstat` command: oil production statistics from the bundled figures and your imports.
@main
struct OilStat: ParsableCommand {
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
            ShareCommand.self, CompareCommand.self, ChangesCommand.self,
            LoadCommand.self, ImportCommand.self, ImportsCommand.self, AnnualCommand.self,
            ConformityCommand.self, TableCommand.self, AveragesCommand.self, ConcentrationCommand.self, RankCommand.self,
            ChartCommand.self, ReportCommand.self,
        ]
    )
}

/// The version `oilstat --version` prints.
enum OilStatVersion {
    static let current = "0.1.0"
}
