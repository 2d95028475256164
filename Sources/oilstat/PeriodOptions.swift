import ArgumentParser
import OilStatCore

/// `--from` and `--to`: a period of months, checked to run forwards.
struct PeriodOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The first month (YYYY-MM).", valueName: "YYYY-MM"), transform: MonthArgument.parse)
    var from: MonthArgument

    @Option(help: ArgumentHelp("The last month (YYYY-MM).", valueName: "YYYY-MM"), transform: MonthArgument.parse)
    var to: MonthArgument

    func validate() throws {
        if to.month < from.month { throw ValidationError("--to (\(to.month)) is before --from (\(from.month)).") }
        if to.month.index - from.month.index > 1200 { throw ValidationError("The period is longer than 100 years.") }
    }

    var first: Month { from.month }
    var last: Month { to.month }
}
