import Foundation
import Testing

/// Each command's output on the bundled data, compared byte for byte with a golden file.
///
/// Regenerate after an intended change with `OILSTAT_UPDATE_GOLDEN=1 swift test --filter CommandGoldenTests`
/// and review the diff.
@Suite(.serialized)
struct CommandGoldenTests {
    static let cases: [(name: String, arguments: [String])] = [
        ("share-2018-10-news.txt", ["share", "--month", "2018-10", "--source", "news report", "--format", "table"]),
        ("share-2018-10-news.csv", ["share", "--month", "2018-10", "--source", "news report"]),
        (
            "share-2019-12-opec-top3.md",
            [
                "share", "--month", "2019-12", "--group", "opec", "--top", "3", "--source", "Reuters survey",
                "--format", "markdown",
            ]
        ),
        (
            "share-2018-10-big3.json",
            [
                "share", "--month", "2018-10", "--producers", "KSA,Russia,USA", "--source", "news report", "--format",
                "json",
            ]
        ),
        (
            "compare-2019-11-2019-12.txt",
            ["compare", "2019-11", "2019-12", "--source", "Reuters survey", "--format", "table"]
        ),
        (
            "compare-2018-10-2018-11.csv",
            [
                "compare", "2018-10", "2018-11", "--source", "OPEC MOMR secondary sources", "--group", "opec", "--of",
                "source-total",
            ]
        ),
        (
            "changes-sa-2018-2019.txt",
            [
                "changes", "--producer", "Saudi Arabia", "--from", "2018-09", "--to", "2019-12", "--source",
                "OPEC MOMR secondary sources", "--format", "table",
            ]
        ),
        ("groups-2019-01.csv", ["groups", "--month", "2019-01"]),
        ("agreements.txt", ["agreements", "--format", "table"]),
        ("producers.tsv", ["producers", "--format", "tsv"]),
        ("sources.txt", ["sources", "--format", "table"]),
        (
            "conformity-opec-2016-12-2017-11.txt",
            ["conformity", "--agreement", "opec-2016-12", "--month", "2017-11", "--format", "table"]
        ),
        (
            "conformity-opecplus-2018-12-2019-12.csv",
            ["conformity", "--agreement", "opecplus-2018-12", "--month", "2019-12"]
        ),
        ("table-opec-2018-12.txt", ["table", "--group", "opec", "--month", "2018-12", "--format", "table"]),
        (
            "averages-sa-quarter.txt",
            [
                "averages", "--producer", "SA", "--by", "quarter", "--from", "2016-10", "--to", "2017-03", "--source",
                "OPEC MOMR secondary sources", "--format", "table",
            ]
        ),
        (
            "concentration-2019-12-opec.md",
            [
                "concentration", "--month", "2019-12", "--group", "opec", "--source", "Reuters survey", "--format",
                "markdown",
            ]
        ),
        (
            "rank-2019-12.json",
            [
                "rank", "--month", "2019-12", "--compare-to", "2019-11", "--group", "opec", "--source",
                "Reuters survey", "--format", "json",
            ]
        ),
    ]

    @Test(arguments: cases.map(\.name))
    func commandOutputMatchesGolden(name: String) throws {
        let arguments = Self.cases.first { $0.name == name }!.arguments
        let result = try CommandRunner().run(arguments)
        #expect(result.status == 0, "\(result.errorOutput)")
        #expect(result.output == (try CommandRunner.golden(name, actual: result.output)))
    }
}
