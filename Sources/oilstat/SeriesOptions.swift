import ArgumentParser
import OilStatAnalysis
import OilStatCore

/// `--source`, `--product`, `--group` and `--producers`: which figures a report reads.
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

    func validate() throws {
        if group != nil && producers != nil { throw ValidationError("Give --group or --producers, not both.") }
    }

    /// The scope named by `--group` or `--producers` (all producers by default).
    func scope(in database: OilStatDatabase) throws -> ProducerScope {
        if let group { return try ProducerScope.group(named: group, in: database) }
        if let producers { return try ProducerScope.producers(list: producers, in: database) }
        return .world
    }

    /// The series for `months`.
    func selection(in database: OilStatDatabase, months: [Month]) throws -> SeriesSelection {
        try SeriesSelection.resolve(in: database, months: months, sourceName: source, productCode: product)
    }
}
