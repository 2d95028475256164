import OilStatCore

/// Test figures (not real data) for every OPEC member of 2018–2020 under the source "membership test".
///
/// Each producer's value is constant, so a day-weighted average of one producer is its value and a group's
/// annual total moves only with its membership: Congo joins in June 2018, Qatar leaves after December 2018 and
/// Ecuador after December 2019.
enum MembershipTestData {
    static let source = "membership test"

    static let values: [String: Double] = [
        "AE": 3_000, "AO": 1_500, "CG": 300, "DZ": 1_000, "EC": 500, "GA": 200, "GQ": 100, "IQ": 4_500,
        "IR": 3_500, "KW": 2_700, "LY": 900, "NG": 1_800, "QA": 600, "SA": 10_000, "VE": 1_200,
    ]

    /// The long CSV: every producer, every month of 2018 through 2020.
    static var csv: String {
        var lines = ["producer,month,value,unit,source"]
        for month in Month.range(Month("2018-01")!, Month("2020-12")!) {
            for (code, value) in values.sorted(by: { $0.key < $1.key }) {
                lines.append("\(code),\(month),\(Int(value)),kb/d,\(source)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The bundled database plus these figures.
    static func database() throws -> OilStatDatabase {
        let database = try AnalysisTestSupport.bundledDatabase()
        try AnalysisTestSupport.load(csv, into: database)
        return database
    }

    /// The sum of every value but those of `excluded`.
    static func sum(excluding excluded: Set<String>) -> Double {
        values.filter { !excluded.contains($0.key) }.values.reduce(0, +)
    }
}
