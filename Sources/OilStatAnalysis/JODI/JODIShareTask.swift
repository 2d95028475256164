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

    /// The share task's rows from the rows a `JODIProductionReader`, OilStatImport kept.
    static func rows(from read: JODIProductionReader.Result) throws -> [ShareRow] {
        let input = read.observations
        let monthText = read.monthText
        let fileName = read.fileName
        let n = input.count
        // Countries as ranks in byte order (what Python's and SQL's string sorts give for ASCII codes).
        let names = Array(Set(input.map(\.country))).sorted {
            Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8))
        }
        var rankOf: [String: Int32] = [:]
        for (rank, name) in names.enumerated() { rankOf[name] = Int32(rank) }
        let ranks = input.map { rankOf[$0.country]! }

        // Sort by (month, country): the order the reference sums each month's total in.
        var order = Array(0..<n)
        order.sort {
            input[$0].monthIndex != input[$1].monthIndex
                ? input[$0].monthIndex < input[$1].monthIndex
                : ranks[$0] < ranks[$1]
        }
        var total = [Int32: Double]()
        var previousByIndex = [Double?](repeating: nil, count: n)
        // Month totals, in that order.
        for index in order { total[input[index].monthIndex, default: 0] += input[index].kbd }
        // Previous month per country: sort by (country, month).
        var byCountry = Array(0..<n)
        byCountry.sort {
            ranks[$0] != ranks[$1] ? ranks[$0] < ranks[$1] : input[$0].monthIndex < input[$1].monthIndex
        }
        for position in byCountry.indices.dropFirst() {
            let current = byCountry[position]
            let before = byCountry[position - 1]
            guard ranks[current] == ranks[before] else { continue }
            if input[before].monthIndex == input[current].monthIndex {
                throw OilStatError(
                    file: fileName,
                    message: "two CRUDEOIL/INDPROD/KBD figures for \(input[current].country) in "
                        + (monthText[input[current].monthIndex] ?? "one month"))
            }
            if input[before].monthIndex == input[current].monthIndex - 1 {
                previousByIndex[current] = input[before].kbd
            }
        }
        // Output order: month ascending, kb/d descending, country ascending.
        order.sort {
            let a = input[$0]
            let b = input[$1]
            if a.monthIndex != b.monthIndex { return a.monthIndex < b.monthIndex }
            if a.kbd != b.kbd { return a.kbd > b.kbd }
            return ranks[$0] < ranks[$1]
        }
        return order.map { index in
            let row = input[index]
            let monthTotal = total[row.monthIndex]!
            let previous = previousByIndex[index]
            return ShareRow(
                country: row.country, month: monthText[row.monthIndex]!, kbd: row.kbd,
                sharePct: monthTotal != 0 ? row.kbd / monthTotal * 100 : nil,
                momChangeKBD: previous.map { row.kbd - $0 },
                momChangePct: previous.flatMap { $0 != 0 ? (row.kbd - $0) / $0 * 100 : nil })
        }
    }

    /// The share task's CSV (header, LF line ends) for `rows`, written by `DelimitedWriter` as
    /// every CSV is: country cells are guarded against formulas and quoted when they hold a comma, quote or line
    /// break.
    public static func csv(_ rows: [ShareRow]) -> [UInt8] {
        var writer = DelimitedWriter(delimiter: ",", quoting: .quoted, capacity: 64 + rows.count * 56)
        for column in ShareRow.csvColumns { writer.text(column) }
        writer.endRecord()
        for row in rows { row.write(to: &writer) }
        return writer.bytes
    }

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
