import ArgumentParser
import OilStatAnalysis

/// `oilstat annual`: annual figures (Energy Institute imports) for a year against another.
struct AnnualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annual",
        abstract:
            "Annual figures imported from the Energy Institute dataset: one variable in a year, the change and shares.",
        discussion: """
            Import the consolidated dataset first (oilstat import Consolidated-Dataset-Narrow-format.csv).
            Example: oilstat annual --variable oilprod_mt --year 2018 --compare-to 2017
            """)

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(help: ArgumentHelp("The variable as the source names it, e.g. oilprod_kbd, oilprod_mt.", valueName: "name"))
    var variable: String = "oilprod_kbd"

    @Option(help: ArgumentHelp("The year.", valueName: "YYYY"))
    var year: Int

    @Option(help: ArgumentHelp("The year to compare with (default: the year before).", valueName: "YYYY"))
    var compareTo: Int?

    @Option(help: ArgumentHelp("The source (default: Energy Institute).", valueName: "name"))
    var source: String = "Energy Institute"

    func validate() throws {
        if !(1900...9999).contains(year) { throw ValidationError("--year must be a four-digit year.") }
    }

    func run() throws {
        let figures = try AnnualFigures.compute(
            sourceName: source, variable: variable, year: year, comparedYear: compareTo,
            database: databaseOptions.open())
        try outputOptions.emit(figures.reportTable())
    }
}
