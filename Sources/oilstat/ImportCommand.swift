import ArgumentParser
import OilStatCore
import OilStatImport

extension ImportFormat: ExpressibleByArgument {}

/// `oilstat import`: import a JODI, EIA or Energy Institute file as downloaded.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Import a downloaded file: JODI Oil World Database CSV, EIA API v2 JSON, EIA bulk JSON lines, "
            + "Energy Institute CSV.",
        discussion: """
            The format is detected from the first bytes (--format overrides); a .zip as downloaded is read in process
            (its data entry, at most 4 GiB unpacked). The import is one transaction: a malformed file stops it with
            FILE:LINE: column N (NAME): what is wrong, and nothing is stored. Importing the same file again changes
            nothing; a revised file stores the values it changed, and the earlier values are kept (see oilstat
            revisions, --as-of, imports diff). Missing values (-, x, .., empty; EIA's --, NA, ie, null) are counted,
            never stored as zero. Progress is shown on standard error only when it is a terminal.
            Example: oilstat import world_Primary_CSV.zip --product CRUDEOIL --flow INDPROD
            """)

    @OptionGroup var databaseOptions: DatabaseOptions

    @Argument(help: ArgumentHelp("The file (.csv, .json, .txt or .zip).", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The format: jodi, eia-api, eia-bulk or ei (default: detected).", valueName: "format"))
    var format: ImportFormat?

    @Option(
        help: ArgumentHelp(
            "The source to file the figures under (default: JODI, EIA or Energy Institute).", valueName: "name"))
    var source: String?

    @OptionGroup var vintageOptions: VintageOptions

    @Option(
        name: .customLong("product"),
        help: ArgumentHelp("Keep only this product code (repeatable), e.g. CRUDEOIL.", valueName: "code"))
    var products: [String] = []

    @Option(
        name: .customLong("flow"),
        help: ArgumentHelp("Keep only this flow code (repeatable), e.g. INDPROD.", valueName: "code"))
    var flows: [String] = []

    @Option(
        name: .customLong("unit"),
        help: ArgumentHelp("Keep only this unit code (repeatable), e.g. KBD.", valueName: "code"))
    var units: [String] = []

    @Option(
        name: .customLong("producer"),
        help: ArgumentHelp("Keep only this producer code (repeatable), e.g. SA.", valueName: "code"))
    var producers: [String] = []

    func run() throws {
        let filter = ImportFilter(
            products: Set(products.map { $0.uppercased() }), flows: Set(flows.map { $0.uppercased() }),
            units: Set(units.map { $0.uppercased() }), producers: Set(producers.map { $0.uppercased() }))
        let options = ImportOptions(
            format: format, source: source, vintage: vintageOptions.vintage, publication: vintageOptions.publication,
            filter: filter)
        let outcome = try FileImporter.importFile(path: file, into: try databaseOptions.open(), options: options)
        print(outcome.summary)
    }
}
