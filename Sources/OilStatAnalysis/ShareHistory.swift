import OilStatCore
import OilStatReport

/// The share task's arithmetic, the one definition of a share and a month-on-month change over a whole history:
/// both the file task (``JODIShareTask``) and the stored-database task (``StoredShareTask``) compute their rows
/// here, so the two give the same bytes for the same figures.
///
/// - Share: 100 · kbd / the month's total over every observation of the month (summed in month, then country
///   byte order, as the reference implementations sum); none when the total is 0.
/// - Change: kbd minus the same country's kbd of the **immediately preceding calendar month**; none without that
///   month (a gap is no previous month, never the last earlier value). In percent of the previous month; none
///   when it is 0.
/// - Order: month ascending, kb/d descending, country ascending (byte order).
public enum ShareHistory {
    /// One country's figure in one month.
    public struct Observation: Sendable, Equatable {
        /// The country's code as written (`NA` is Namibia).
        public var country: String
        /// `Month.index` of the month.
        public var monthIndex: Int32
        /// Production, kb/d.
        public var kbd: Double

        public init(country: String, monthIndex: Int32, kbd: Double) {
            self.country = country
            self.monthIndex = monthIndex
            self.kbd = kbd
        }
    }

    /// Two observations of one country in one month: the input is not one series.
    public struct RepeatedMonth: Error, Equatable {
        /// The country with two figures.
        public var country: String
        /// The month they share.
        public var monthIndex: Int32
    }

    /// The share task's rows for `input` (in any order).
    ///
    /// - Parameters:
    ///   - input: the observations, one per country and month.
    ///   - monthText: the text of a month index in the output (`YYYY-MM`).
    /// - Throws: ``RepeatedMonth`` when a country has two observations in one month.
    public static func rows(_ input: [Observation], monthText: (Int32) -> String) throws(RepeatedMonth)
        -> [ShareRow]
    {
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
                throw RepeatedMonth(country: input[current].country, monthIndex: input[current].monthIndex)
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
        var text: [Int32: String] = [:]
        return order.map { index in
            let row = input[index]
            let monthTotal = total[row.monthIndex]!
            let previous = previousByIndex[index]
            let month: String
            if let known = text[row.monthIndex] {
                month = known
            } else {
                month = monthText(row.monthIndex)
                text[row.monthIndex] = month
            }
            return ShareRow(
                country: row.country, month: month, kbd: row.kbd,
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
}
