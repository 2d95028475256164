import ArgumentParser
import OilStatAnalysis
import OilStatCore
import OilStatReport

/// `oilstat conformity`: how far the participants of an agreement kept to their cuts.
struct ConformityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conformity",
        abstract:
            "Conformity with a production agreement: reference, required and actual production, cuts and conformity %.",
        discussion: """
            Conformity % = actual cut / required cut × 100, where actual cut = reference − actual production (negative \
            when output is above the reference). Required production is that of the phase in force. Exempt \
            participants are listed but not counted; participants without a figure are listed as missing, and a side's \
            published total (e.g. OPEC11-2016) is used when the source has one.

            Examples:
              oilstat conformity --agreement opec-2016-12 --month 2017-11
              oilstat conformity --agreement opecplus-2018-12 --month 2019-12
              oilstat conformity --agreement opecplus-2018-12 --from 2019-11 --to 2019-12
            """)

    @OptionGroup var databaseOptions: DatabaseOptions
    @OptionGroup var outputOptions: OutputOptions

    @OptionGroup var agreementOptions: AgreementOptions

    func run() throws {
        let table = try agreementOptions.query.table(
            in: databaseOptions.open(), format: outputOptions.resolvedFormat)
        try outputOptions.emit(table)
    }
}
