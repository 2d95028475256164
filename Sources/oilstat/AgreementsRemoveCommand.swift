import ArgumentParser
import Foundation
import OilStatCore

/// `oilstat agreements remove`: remove an agreement loaded from a file, with its phases and quotas.
struct AgreementsRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove an agreement loaded with agreements load, with its phases and quotas.",
        discussion: """
            Only loaded agreements can be removed: bundled ones stay (the bundled data would bring them back), \
            but agreements load --replace replaces one with your version, and removing that version brings the \
            bundled one back. The id is matched exactly (case-insensitive); see oilstat agreements.

            Example: oilstat agreements remove my-opecplus-2022-10
            """)

    @OptionGroup var databaseOptions: DatabaseOptions

    @Argument(help: ArgumentHelp("The id of the agreement (see oilstat agreements).", valueName: "id"))
    var id: String

    func validate() throws {
        if id.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("The agreement id is empty.") }
    }

    func run() throws {
        let database = try databaseOptions.open()
        let removed = try database.removeAgreement(
            id: id.trimmingCharacters(in: .whitespaces), bundled: try BundledData.standard.agreementTables())
        let agreement = removed.agreement
        print(
            "removed \(agreement.id) (\(agreement.origin)): \(removed.phases) phase\(removed.phases == 1 ? "" : "s"), "
                + "\(removed.quotas) quota\(removed.quotas == 1 ? "" : "s")")
        if removed.restoredBundled { print("the bundled \(agreement.id) is in force again") }
    }
}
