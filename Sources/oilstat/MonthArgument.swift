import ArgumentParser
import OilStatCore

/// A `YYYY-MM` argument.
struct MonthArgument: ExpressibleByArgument {
    let month: Month

    init?(argument: String) {
        guard argument.count == 7, let month = Month(argument) else { return nil }
        self.month = month
    }

    static var defaultValueDescription: String { "YYYY-MM" }
}
