import ArgumentParser
import OilStatCore

/// `--vintage` and `--publication` of `import` and `load`: the day the figures were published and the
/// publication's name.
struct VintageOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The day the figures were published, YYYY-MM-DD in 1900-01-01...2200-12-31 (import: default the date "
                + "the file gives, else its modification day; load: for rows with no vintage column value, "
                + "default undated).", valueName: "date"),
        transform: PublicationDate.argument)
    var vintage: PublicationDate?

    @Option(
        help: ArgumentHelp(
            "The name of the publication, e.g. \"OPEC MOMR April 2017\" (import: default \"SOURCE FILE of DATE\"; "
                + "load: for rows with no publication column value).", valueName: "name"))
    var publication: String?
}
