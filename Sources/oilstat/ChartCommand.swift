import ArgumentParser
import Foundation
import OilStatAnalysis
import OilStatCore
import OilStatReport

/// `oilstat chart`: SVG charts of production, shares and conformity.
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw a chart as an SVG file: production over time, market shares, or conformity with an agreement.",
        discussion: """
            Charts are written to Reports/<name>.svg under the current directory (created if needed), or to
            --output PATH ("-" for standard output); the path written is printed on standard error.
            Every chart reads one source and names it in its source line.
            Example: oilstat chart share --month 2018-10 --group opec
            """,
        subcommands: [ChartProductionCommand.self, ChartShareCommand.self, ChartConformityCommand.self])
}

/// `--output` and `--width`, shared by the chart commands.
struct ChartOutputOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write the SVG here instead of Reports/<name>.svg; \"-\" writes it to standard output.", valueName: "path"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The chart width in pixels.", valueName: "pixels"))
    var width: Double = 800

    func validate() throws {
        if !(320...4000).contains(width) { throw ValidationError("--width must be between 320 and 4000 pixels.") }
    }

    /// Writes `svg` to `--output` (`-` is standard output) or `Reports/<name>.svg`; names the file on standard error.
    func write(_ svg: String, defaultName: String) throws {
        let path = output ?? "Reports/\(defaultName).svg"
        try OutputFile.write(svg, to: path)
        if path != "-" { StandardStream.note("wrote \(path)\n") }
    }

    /// A file-name-safe form of `text`: letters, digits and `-`; `+` becomes `plus`.
    static func slug(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "+" {
                out += "plus"
            } else if character.isASCII && (character.isLetter || character.isNumber) {
                out.append(character)
            } else if !out.hasSuffix("-") {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}

/// `oilstat chart production`: monthly production of a few producers as lines.
struct ChartProductionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "production",
        abstract: "Line chart of monthly production (kb/d) of a few producers; months without a figure break the line.",
        discussion: """
            One source per chart: --source, else the source with the most figures for these producers in the period.
            Example: oilstat chart production --producers SA,RU,US --from 2016-01 --to 2020-12
            """)

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var chartOptions: ChartOutputOptions

    @Option(help: ArgumentHelp("The producers, e.g. SA,RU,US (codes, names or aliases).", valueName: "list"))
    var producers: String

    @OptionGroup var period: PeriodOptions

    @Option(
        help: ArgumentHelp(
            "The source to read (default: the one with most figures for these producers in the period).",
            valueName: "name"))
    var source: String?

    @Option(help: ArgumentHelp("The product code (default: the source's).", valueName: "code"))
    var product: String?

    func run() throws {
        let database = try databaseOptions.open()
        guard case .producers(let list) = try ProducerScope.producers(list: producers, in: database), !list.isEmpty
        else {
            throw ValidationError("--producers names no producer.")
        }
        var unique: [Producer] = []
        for producer in list where !unique.contains(producer) { unique.append(producer) }
        let history = try ProductionHistory.compute(
            producers: unique, from: period.first, to: period.last, sourceName: source,
            productCode: product, database: database)
        let chart = ChartData.productionChart(history, width: chartOptions.width)
        let name = "production-\(unique.map(\.code).joined(separator: "-"))-\(period.first)-\(period.last)"
        try chartOptions.write(chart.svg(), defaultName: ChartOutputOptions.slug(name))
    }
}

/// `oilstat chart share`: market shares in a month as bars, largest first.
struct ChartShareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract:
            "Bar chart of market shares in a month, largest first, of a stated base (--of listed|source-total|world).",
        discussion: """
            Example: oilstat chart share --month 2018-10 --group opec --source "OPEC MOMR secondary sources"
            The title names the base: the producers listed, the source's published total or a world total.
            """)

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var seriesOptions: SeriesOptions
    @OptionGroup var baseOptions: ShareBaseOptions
    @OptionGroup var chartOptions: ChartOutputOptions

    @Option(help: ArgumentHelp("The month (YYYY-MM).", valueName: "YYYY-MM"), transform: MonthArgument.parse)
    var month: MonthArgument

    @Option(help: ArgumentHelp("Show the N largest and fold the rest into one bar.", valueName: "N"))
    var top: Int?

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
    }

    func run() throws {
        let database = seriesOptions.reading(try databaseOptions.open())
        let scope = try seriesOptions.scope(in: database)
        let selection = try seriesOptions.selection(in: database, months: [month.month])
        let base = try baseOptions.query.base(months: [month.month], selection: selection, database: database)
        let share = try MarketShare.compute(
            month: month.month, scope: scope, selection: selection, base: base, database: database)
        if share.entries.isEmpty {
            throw OilStatError.notFound("no figures for \(scope.name) in \(month.month) from \(selection.source.name)")
        }
        let chart = ChartData.shareChart(share, top: top, width: chartOptions.width)
        var name = "share-\(month.month)"
        if let group = seriesOptions.group { name += "-\(group)" }
        if let producers = seriesOptions.producers { name += "-\(producers)" }
        try chartOptions.write(chart.svg(), defaultName: ChartOutputOptions.slug(name))
    }
}

/// `oilstat chart conformity`: each participant's conformity with an agreement, against the 100% line.
struct ChartConformityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conformity",
        abstract:
            "Bar chart of each participant's conformity with an agreement (actual cut ÷ required cut) against a 100% "
            + "line.",
        discussion: """
            The same figures as `oilstat conformity`: exempt participants are left out and named under the chart,
            participants without a figure show "..", and the subtotals of each side close the chart.
            Example: oilstat chart conformity --agreement opecplus-2018-12 --month 2019-12
            """)

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var chartOptions: ChartOutputOptions

    @OptionGroup var agreementOptions: AgreementOptions

    func run() throws {
        let database = try databaseOptions.open()
        let (found, conformity) = try agreementOptions.conformity(in: database)
        let months = agreementOptions.months
        let chart = ChartData.conformityChart(conformity, width: chartOptions.width)
        let when = months.count == 1 ? months[0].description : "\(months.first!)-\(months.last!)"
        try chartOptions.write(chart.svg(), defaultName: ChartOutputOptions.slug("conformity-\(found.id)-\(when)"))
    }
}
