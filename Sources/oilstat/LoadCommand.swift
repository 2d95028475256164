import ArgumentParser
import Foundation
import OilStatCore

/// `oilstat load`: load figures from a long CSV, all or nothing.
struct LoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract:
            "Load production figures from a long CSV "
            + "(producer,month,value,unit,source[,product][,note][,vintage][,publication]).",
        discussion: """
            The whole file loads in one transaction: a bad row stops it with FILE:LINE: field: what is wrong,
            and nothing is written. Loading the same file again changes nothing.
            Units: kb/d, mb/d, b/d, kbbl (per month, converted by the days of the month) or kt.
            Missing values (-, x, .., empty) are counted and skipped, never stored as zero.
            Example: oilstat load my-figures.csv
            """)

    @OptionGroup var databaseOptions: DatabaseOptions

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file"))
    var file: String

    @OptionGroup var vintageOptions: VintageOptions

    func run() throws {
        let database = try databaseOptions.open()
        let outcome = try LongCSVLoader().load(
            URL(fileURLWithPath: file), into: database, vintage: vintageOptions.vintage,
            publication: vintageOptions.publication)
        print(outcome.summary)
    }
}
