import ArgumentParser
import Foundation
import OilStatCore

/// `oilstat agreements load`: store agreements, phases and quotas from CSV files laid out like Data/, all or nothing.
struct AgreementsLoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load production agreements with their phases and quotas from CSV files (the layout of Data/).",
        discussion: """
            One file per table, told apart by its header, in any order (or a folder holding files of these names):
              agreements.csv        id,name,from,to[,description][,source]
              agreement_phases.csv  agreement,phase,from,to[,total_adjustment_kbd][,note]
              agreement_quotas.csv  agreement,phase,producer,side,[reference_month,]
                                    reference_kbd,adjustment_kbd,required_kbd[,exempt]
                                    [,note][,source]
            Months are YYYY-MM (to inclusive); kb/d, the adjustment negative for a cut; side OPEC or non-OPEC; \
            producer a code, name or alias; exempt 0 or 1; empty, - or .. = not published. The files give whole \
            agreements: each phase and quota belongs to an agreement of the agreements file given with them.

            Checked before anything is stored: ids given once, phases inside their agreement's period and not \
            overlapping, each quota's phase and producer known, reference + adjustment = required within 1 kb/d, \
            months valid, numbers plausible. A problem stops the load with FILE:LINE: column N (NAME): what is \
            wrong, and the database stays as it was; otherwise all agreements are stored in one durable write.

            An id already stored is an error unless --replace. A bundled agreement replaced this way stays \
            replaced when the bundled data is updated; agreements remove ID brings the bundled one back.

            Examples:
              oilstat agreements load my-deal/
              oilstat agreements load quotas.csv agreements.csv phases.csv
            """)

    @OptionGroup var databaseOptions: DatabaseOptions

    @Argument(
        help: ArgumentHelp(
            "The CSV files (agreements, phases, quotas; any order), or a folder holding them.",
            valueName: "file-or-folder"))
    var paths: [String] = []

    @Flag(help: "Replace stored agreements that have the same id (bundled ones too).")
    var replace = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give the agreement CSV files, or a folder holding them.") }
        if paths.contains(where: \.isEmpty) { throw ValidationError("A file path is empty.") }
        if Set(paths).count != paths.count { throw ValidationError("A file is given twice.") }
    }

    func run() throws {
        let database = try databaseOptions.open()
        let stored = try AgreementLoader().load(paths: paths, into: database, replace: replace)
        let origin = stored.first.map { "\($0.agreement.origin)" } ?? ""
        print("stored \(stored.count) agreement\(stored.count == 1 ? "" : "s") (\(origin)):")
        for entry in stored { print("  " + entry.summary) }
    }
}
