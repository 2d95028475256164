import Foundation
import Testing

/// Issue 8 through the built binary: months past 2200-12 and implausible values are one-line errors, exit
/// non-zero, and leave the database as it was.
@Suite(.serialized)
struct CommandValidationTests {
    @Test(arguments: [
        (
            ["averages", "--producer", "SA", "--by", "year", "--from", "1900-01", "--to", "9999-12", "--partial"],
            "Error: The value '9999-12' is invalid for '--to <YYYY-MM>': \"9999-12\" is outside 1900-01...2200-12"
        ),
        (
            ["share", "--month", "5461-05"],
            "Error: The value '5461-05' is invalid for '--month <YYYY-MM>': \"5461-05\" is outside 1900-01...2200-12"
        ),
        (
            ["compare", "2018-10", "1899-12"],
            "Error: The value '1899-12' is invalid for '<to>': \"1899-12\" is outside 1900-01...2200-12"
        ),
        (
            ["changes", "--producer", "SA", "--from", "2018-13", "--to", "2018-12"],
            "Error: The value '2018-13' is invalid for '--from <YYYY-MM>': \"2018-13\" is not a month (YYYY-MM)"
        ),
    ])
    func monthOptionsNameTheRange(arguments: [String], message: String) throws {
        let result = try CommandRunner().run(arguments)
        #expect(result.status != 0)
        #expect(result.errorOutput.hasPrefix(message + "\n"))
        #expect(result.output.isEmpty)
    }

    @Test func averagesUpTo2200HaveNoPhantomYears() throws {
        let result = try CommandRunner().run([
            "averages", "--producer", "SA", "--by", "year", "--from", "1900-01", "--to", "2200-12",
            "--partial", "--format", "csv",
        ])
        #expect(result.status == 0)
        let years = result.output.split(separator: "\n").dropFirst().compactMap { Int($0.prefix { $0 != "," }) }
        #expect(years.first == 1900 && years.last == 2200)
        #expect(!result.output.contains("7477"))
    }

    @Test(arguments: [
        (
            "producer,month,value,unit,source\nDZ,9999-12,456,kb/d,P\n",
            "2: column 2 (month): \"9999-12\" is outside 1900-01...2200-12"
        ),
        (
            "producer,month,value,unit,source\nSA,2018-12,-5000,kb/d,P\n",
            "2: column 3 (value): \"-5000\" kb/d is below 0: INDPROD figures cannot be negative"
        ),
    ])
    func loadRejectsAndStoresNothing(text: String, message: String) throws {
        let runner = CommandRunner()
        let file = URL(fileURLWithPath: runner.databasePath).deletingLastPathComponent().appendingPathComponent("m.csv")
        try Data(text.utf8).write(to: file)
        let before = try runner.run(["imports", "--format", "csv"])
        let result = try runner.run(["load", file.path])
        #expect(result.status != 0)
        #expect(result.errorOutput == "Error: \(file.path):\(message)\n")
        #expect(try runner.run(["imports", "--format", "csv"]).output == before.output)
        #expect(try runner.run(["sources", "--format", "csv"]).output.contains(",P,") == false)
    }

    @Test func eiaSummaryCallsUnmappedSeriesByTheirName() throws {
        let fixture = CommandRunner.repository.appendingPathComponent(
            "Tests/OilStatImportTests/Fixtures/eia_bulk_synthetic.txt"
        ).path
        let result = try CommandRunner().run(["import", fixture])
        #expect(result.status == 0)
        #expect(
            result.output.hasPrefix(
                "\(fixture): 7 rows read, 3 stored, 1 missing, 3 in other series (not monthly production in kb/d) (import #"
            ))
        #expect(!result.output.contains("filter"))
    }
}
