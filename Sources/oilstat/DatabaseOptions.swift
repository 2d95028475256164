import ArgumentParser
import Foundation
import OilStatCore

/// The `--database` option every command shares, and opening the database it names.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).",
            valueName: "path"))
    var database: String?

    /// The notice printed when another process holds the database lock (an import in progress).
    static let waitNotice = "waiting for another import to finish...\n"

    func validate() throws {
        if database?.isEmpty == true { throw ValidationError("--database needs a path") }
    }

    /// Opens the database and loads the bundled figures if they are not loaded yet (or have changed).
    ///
    /// A command that has to wait for another process's import says so once on standard error.
    func open() throws -> OilStatDatabase {
        let path = database ?? OilStatDatabase.defaultPath()
        let database = try OilStatDatabase(path: path) {
            // A plain write(2): a notice that cannot be shown is no reason to stop (FileHandle would trap).
            _ = Self.waitNotice.withCString { text in write(STDERR_FILENO, text, strlen(text)) }
        }
        do {
            try BundledData.standard.loadIfNeeded(into: database)
        } catch {
            throw StorageError.wrapping(
                error, action: "cannot load the bundled data", file: path,
                lockTimeout: database.lockTimeout)
        }
        return database
    }
}
