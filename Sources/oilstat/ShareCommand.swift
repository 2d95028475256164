import ArgumentParser
import OilStatAnalysis
import OilStatCore
import OilStatImport
import OilStatReport

/// `oilstat share`: each producer's production and market share in a month.
struct ShareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: "Market shares in a month, of a stated base: the producers listed, a published total or the world.",
        discussion: """
            Examples:
              oilstat share --month 2018-10 --source "news report"
              oilstat share --month 2018-10 --group opec --top 5
              oilstat share --month 2018-10 --group opec --of source-total --source "OPEC MOMR secondary sources"
              oilstat share --month 2018-10 --producers SA,RU,US --of world --world-source EIA
              oilstat share --month 2021-11 --producers OPEC,non-OPEC --of world

            --of listed: shares of the producers with figures; --of source-total: of the source's published total
            for the group (its OPEC row); --of world: of the source's WORL figure, or of --world-source's. Default:
            world when that figure exists for the month, else listed. non-OPEC in --producers is world − OPEC
            (derived). A base below the sum of its parts is reported in the notes.
              oilstat share --all-months --jodi world_Primary_CSV.csv --format csv --output Reports/jodi-shares.csv

            With --all-months --jodi FILE, shares and month-on-month changes of every month are computed straight from a
            JODI file (CRUDEOIL / INDPROD / KBD rows; empty and x values dropped), without the database: the columns are
            country,month,kbd,share_pct,mom_change_kbd,mom_change_pct with 4 decimals.
            """)

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var seriesOptions: SeriesOptions
    @OptionGroup var baseOptions: ShareBaseOptions
    @OptionGroup var unitOptions: UnitOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(help: ArgumentHelp("The month (YYYY-MM).", valueName: "YYYY-MM"), transform: MonthArgument.parse)
    var month: MonthArgument?

    @Flag(help: "Every month of the --jodi file.")
    var allMonths = false

    @Option(
        help: ArgumentHelp(
            "A JODI CSV (or .zip) to compute shares from directly, with --all-months.", valueName: "file"))
    var jodi: String?

    @Option(
        help: ArgumentHelp(
            "Show the N largest and fold the rest into one line; the notes give the top-N share.", valueName: "N"))
    var top: Int?

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
        switch (month, allMonths, jodi) {
        case (.some, false, nil): break
        case (nil, true, .some): break
        case (nil, false, _): throw ValidationError("Give --month YYYY-MM, or --all-months with --jodi FILE.")
        default: throw ValidationError("--all-months goes with --jodi FILE and not with --month.")
        }
    }

    func run() throws {
        if let jodi {
            try runJODI(jodi)
            return
        }
        guard let month else { return }
        let database = try databaseOptions.open()
        let selection = try seriesOptions.selection(in: database, months: [month.month])
        let base = try baseOptions.base(months: [month.month], selection: selection, database: database)
        let share = try MarketShare.compute(
            month: month.month, scope: seriesOptions.scope(in: database), selection: selection, base: base,
            database: database)
        let conversion = try UnitConversion.load(
            unit: unitOptions.unit, producers: share.entries.map(\.producer.id),
            preferredSource: selection.source.id, database: database)
        try outputOptions.emit(share.reportTable(top: top, conversion: conversion))
    }

    /// The share task straight from a JODI file; CSV is written by the streaming writer, other formats as tables.
    private func runJODI(_ path: String) throws {
        if outputOptions.resolvedFormat == .csv && outputOptions.delimiter == nil && !outputOptions.noHeader {
            _ = try JODIShareTask.run(input: path, output: outputOptions.output)
            return
        }
        try outputOptions.emit(ShareRow.reportTable(try JODIShareTask.rows(path: path), fileName: path))
    }
}
