import ArgumentParser
import OilStatCore

/// A `YYYY-MM` argument in 1900-01...2200-12, checked by ``OilStatCore/Month``.
///
/// Declare month options with `transform: MonthArgument.parse`, so that a bad month says why:
/// `The value '9999-12' is invalid for '--to <YYYY-MM>': "9999-12" is outside 1900-01...2200-12`
/// (the plain `ExpressibleByArgument` path can only say "is invalid").
struct MonthArgument: ExpressibleByArgument {
    let month: Month

    init?(argument: String) {
        guard let parsed = try? MonthArgument.parse(argument) else { return nil }
        self = parsed
    }

    private init(month: Month) { self.month = month }

    /// Parses `argument` as `YYYY-MM`.
    ///
    /// - Throws: ``OilStatCore/Month/ParseError``, whose description ArgumentParser appends to its message.
    static func parse(_ argument: String) throws -> MonthArgument {
        MonthArgument(month: try Month(parsing: argument, formats: .dashed))
    }

    static var defaultValueDescription: String { "YYYY-MM" }
}
