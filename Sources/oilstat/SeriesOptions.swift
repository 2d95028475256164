import ArgumentParser
import OilStatAnalysis
import OilStatCore

/// `--source`, `--product`, `--group`, `--producers` and `--as-of`: which figures a report reads.
struct SeriesOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The source to read, e.g. \"OPEC MOMR secondary sources\" (default: the one covering the most countries, "
                + "passing over any without figures for the months asked; see `oilstat sources`).",
            valueName: "name"))
    var source: String?

    @Option(
        help: ArgumentHelp(
            "The product: CRUDEOIL (crude), CRUDECOND (crude + condensate), NGL, TOTLIQ... "
                + "(default: CRUDEOIL, or CRUDECOND for a source that has only that).",
            valueName: "code"))
    var product: String?

    @Option(
        help: ArgumentHelp(
            "Limit to a group as of each month: opec, opec+, non-opec, big3 or a stored group.", valueName: "group"))
    var group: String?

    @Option(
        help: ArgumentHelp("Limit to a list of producers, e.g. SA,RU,US (codes, names or aliases).", valueName: "list"))
    var producers: String?

    @OptionGroup var asOfOptions: AsOfOptions

    /// `database` answering as of `--as-of` (the latest figures without it).
    func reading(_ database: OilStatDatabase) -> OilStatDatabase { asOfOptions.reading(database) }

    func validate() throws {
        if group != nil && producers != nil { throw ValidationError(SeriesQuery.groupAndProducersMessage) }
    }

    /// The options as the query `OilStatAnalysis` (and the server) share.
    var query: SeriesQuery { SeriesQuery(source: source, product: product, group: group, producers: producers) }

    /// The scope named by `--group` or `--producers` (all producers by default).
    func scope(in database: OilStatDatabase) throws -> ProducerScope { try query.scope(in: database) }

    /// The series for `months`.
    func selection(in database: OilStatDatabase, months: [Month]) throws -> SeriesSelection {
        try query.selection(in: database, months: months)
    }
}
