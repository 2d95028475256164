import ArgumentParser
import Foundation
import OilStatAnalysis
import OilStatCore

/// `oilstat report`: the monthly market report as one self-contained HTML page and a Markdown twin.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract:
            "Write the monthly market report: a self-contained HTML page and a Markdown twin with its SVG charts.",
        discussion: """
            Writes DIR/report-YYYY-MM.html (inline CSS and SVG; no scripts, nothing fetched), DIR/report-YYYY-MM.md and,
            beside it, the Markdown's charts as DIR/report-YYYY-MM-*.svg. The report holds headline totals, the shares
            table, changes against the previous month and a year earlier, conformity with the agreements in force,
            charts, and the sources of every figure, all from one source.
            Without --month the report covers the latest month in which a source has figures for at least 80% as many
            countries as the best-covered month in the database, preferring months whose previous month is covered too
            (2020-01 on the bundled data: the Reuters survey of 13 OPEC members); the report says why.
            Example: oilstat report --month 2018-10 --source "OPEC MOMR secondary sources" --output-dir Reports
            """)

    @OptionGroup var databaseOptions: DatabaseOptions

    @Option(
        help: ArgumentHelp(
            "The month (YYYY-MM; default: the latest month with figures for most countries, see above).",
            valueName: "YYYY-MM"),
        transform: MonthArgument.parse)
    var month: MonthArgument?

    @Option(
        help: ArgumentHelp(
            "The source to read (default: the one with most countries in the month; see `oilstat sources`).",
            valueName: "name"))
    var source: String?

    @Option(help: ArgumentHelp("The product code (default: the source's).", valueName: "code"))
    var product: String?

    @Option(
        name: .customLong("output-dir"),
        help: ArgumentHelp("The folder to write the report files to (created if needed).", valueName: "dir"))
    var outputDirectory: String = "Reports"

    func run() throws {
        let database = try databaseOptions.open()
        let report = try MonthlyReport.compute(
            month: month?.month, sourceName: source, productCode: product, database: database)
        let stem = "report-\(report.month)"
        let (document, charts) = report.document(fileStem: stem)
        let folder = URL(fileURLWithPath: outputDirectory)
        var written: [String] = []
        func write(_ text: String, _ name: String) throws {
            let path = folder.appendingPathComponent(name).relativePath
            try OutputFile.write(text, to: path)
            written.append(path)
        }
        for chart in charts { try write(chart.chart.svg, chart.fileName) }
        try write(document.markdown(), "\(stem).md")
        try write(document.html(), "\(stem).html")
        StandardStream.note(written.map { "wrote \($0)\n" }.joined())
    }
}
