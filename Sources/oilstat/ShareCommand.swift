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
            With --all-months alone, the same columns come from the database: every stored month of one source
            (--source; default JODI when it has figures, else the source with most country figures), production of
            --product (default CRUDEOIL) in kb/d, countries only. After `oilstat import FILE` it is the --jodi FILE
            output when the source has no other figures (the bundled data has four JODI ones, SA and US 2024-01..02;
            a file with them replaces them).
            """)

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var seriesOptions: SeriesOptions
    @OptionGroup var baseOptions: ShareBaseOptions
    @OptionGroup var unitOptions: UnitOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(help: ArgumentHelp("The month (YYYY-MM).", valueName: "YYYY-MM"), transform: MonthArgument.parse)
    var month: MonthArgument?

    @Flag(help: "Every month: of the --jodi file, else of the source in the database.")
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
        case (nil, true, _): try validateAllMonths()
        case (nil, false, _):
            throw ValidationError("Give --month YYYY-MM, or --all-months (with or without --jodi FILE).")
        default: throw ValidationError("--all-months and --jodi FILE go without --month.")
        }
    }

    /// Options --all-months does not take: it covers every country; --jodi FILE is one series of its own.
    private func validateAllMonths() throws {
        if seriesOptions.group != nil || seriesOptions.producers != nil || top != nil {
            throw ValidationError("--all-months covers every country: --group, --producers and --top go with --month.")
        }
        if jodi != nil && (seriesOptions.source != nil || seriesOptions.product != nil) {
            throw ValidationError("--jodi FILE reads CRUDEOIL from the file: --source and --product go without it.")
        }
    }

    func run() throws {
        if let jodi {
            try runJODI(jodi)
            return
        }
        guard let month else { return try runStored() }
        let query = ShareQuery(
            month: month.month, series: seriesOptions.query, top: top, base: baseOptions.query, unit: unitOptions.unit)
        try outputOptions.emit(query.table(in: seriesOptions.reading(try databaseOptions.open())))
    }

    /// The share task straight from a JODI file; CSV is written by the streaming writer, other formats as tables.
    private func runJODI(_ path: String) throws {
        if outputOptions.resolvedFormat == .csv && outputOptions.delimiter == nil && !outputOptions.noHeader {
            _ = try JODIShareTask.run(input: path, output: outputOptions.output)
            return
        }
        try outputOptions.emit(ShareRow.reportTable(try JODIShareTask.rows(path: path), fileName: path))
    }

    /// The share task over every month of one source in the database; CSV as the file task writes it.
    private func runStored() throws {
        let database = try databaseOptions.open()
        let result = try StoredShareTask.read(
            in: database, sourceName: seriesOptions.source, productCode: seriesOptions.product)
        if outputOptions.resolvedFormat == .csv && outputOptions.delimiter == nil && !outputOptions.noHeader {
            try OutputFile.write(ShareHistory.csv(result.rows), to: outputOptions.output)
            return
        }
        try outputOptions.emit(StoredShareTask.reportTable(result))
    }
}
