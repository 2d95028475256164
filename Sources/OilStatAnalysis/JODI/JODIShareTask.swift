import OilStatCore
import OilStatImport
import OilStatReport

/// The share task straight from a JODI file, no database: every country's crude oil production
/// (CRUDEOIL, INDPROD, KBD) per month with its share of the month's total and its month-on-month change.
///
/// The output is byte-identical to the pandas, polars, DuckDB and sqlite3 reference implementations
/// (see `scripts/bench/`): rows sorted by month, kb/d descending, country; four decimals rounded
/// half-to-even; missing values (`MissingValuePolicy.jodi`) are no rows; a gap means no previous
/// month. The file is split at line boundaries and scanned on all cores (`JODIProductionReader`, OilStatImport).
///
/// For example:
/// ```swift
/// try JODIShareTask.run(input: "large.csv", output: "shares.csv")
/// ```
public enum JODIShareTask {
    /// Computes the share task's rows from the JODI file at `path` (a `.zip` holding one is extracted first).
    ///
    /// - Parameters:
    ///   - path: the JODI CSV, or a `.zip` holding one.
    ///   - displayName: the name error messages give the file (default: `path`).
    ///   - workers: threads to scan with (default: one per core).
    /// - Throws: `OilStatError` for a malformed file (bad number, bad month, missing column,
    ///   wrong field count) or two figures for one country and month.
    public static func rows(path: String, displayName: String? = nil, workers: Int? = nil) throws -> [ShareRow] {
        try rows(from: JODIProductionReader.read(path: path, displayName: displayName, workers: workers))
    }

    /// The share task's rows from the rows a `JODIProductionReader`, OilStatImport kept (``ShareHistory``'s
    /// arithmetic).
    static func rows(from read: JODIProductionReader.Result) throws -> [ShareRow] {
        let monthText = read.monthText
        let input = read.observations.map {
            ShareHistory.Observation(country: $0.country, monthIndex: $0.monthIndex, kbd: $0.kbd)
        }
        do {
            return try ShareHistory.rows(input) { monthText[$0] ?? Month(index: Int($0)).description }
        } catch {
            throw OilStatError(
                file: read.fileName,
                message: "two CRUDEOIL/INDPROD/KBD figures for \(error.country) in "
                    + (monthText[error.monthIndex] ?? "one month"))
        }
    }

    /// The share task's CSV for `rows` (``ShareHistory/csv(_:)``).
    public static func csv(_ rows: [ShareRow]) -> [UInt8] { ShareHistory.csv(rows) }

    /// Runs the share task on the JODI file `input` and writes the CSV to `output` (standard output when nil).
    ///
    /// - Returns: the number of rows written.
    @discardableResult
    public static func run(input: String, output: String?, workers: Int? = nil) throws -> Int {
        let rows = try rows(path: input, workers: workers)
        try OutputFile.write(csv(rows), to: output)
        return rows.count
    }
}
