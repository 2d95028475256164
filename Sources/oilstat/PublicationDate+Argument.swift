import ArgumentParser
import OilStatCore

/// `--vintage` and `--as-of` take a day, `YYYY-MM-DD` in 1900-01-01...2200-12-31.
///
/// Declare them with `transform: PublicationDate.argument`, so that a bad day is a usage error (exit 64) saying
/// why: `The value '2017-02-30' is invalid for '--as-of <date>': "2017-02-30" is not a date (YYYY-MM-DD in
/// 1900-01-01...2200-12-31)`.
extension PublicationDate {
    /// Why an argument is not a day.
    struct ArgumentError: Error, CustomStringConvertible {
        let description: String
    }

    /// Parses `argument` as `YYYY-MM-DD`.
    static func argument(_ argument: String) throws -> PublicationDate {
        do {
            return try PublicationDate(parsing: argument)
        } catch let error as OilStatError {
            throw ArgumentError(description: "\(error.message) (YYYY-MM-DD in \(first)...\(last))")
        }
    }
}
