import ArgumentParser
import OilStatCore

/// The `--database` option every command shares, and opening the database it names.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).", valueName: "path"))
    var database: String?

    /// Opens the database and loads the bundled figures if they are not loaded yet (or have changed).
    func open() throws -> OilStatDatabase {
        let database = try OilStatDatabase(path: database ?? OilStatDatabase.defaultPath())
        try BundledData.standard.loadIfNeeded(into: database)
        return database
    }
}
