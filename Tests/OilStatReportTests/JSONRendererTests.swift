import Foundation
import Testing

@testable import OilStatReport

struct JSONRendererTests {
    @Test func rendersTheGoldenJSON() {
        let expected = """
            {
              "title": "Crude oil production, March 2024",
              "columns": [
                "producer",
                "code",
                "kbd",
                "share_pct",
                "change_kbd"
              ],
              "rows": [
                {
                  "producer": "Saudi Arabia",
                  "code": "SA",
                  "kbd": 10700,
                  "share_pct": 31.94,
                  "change_kbd": -50
                },
                {
                  "producer": "Russia",
                  "code": "RU",
                  "kbd": 11400,
                  "share_pct": 34.03,
                  "change_kbd": null
                },
                {
                  "producer": "United States",
                  "code": "US",
                  "kbd": 11400,
                  "share_pct": 34.03,
                  "change_kbd": 120
                }
              ],
              "totals": {
                "producer": "Total",
                "code": "",
                "kbd": 33500,
                "share_pct": 100.00,
                "change_kbd": 70
              },
              "notes": [
                "Unit: thousand barrels a day (kb/d).",
                "Source: secondary sources; .. = not available."
              ]
            }

            """
        #expect(JSONRenderer().render(SampleTables.production) == expected)
    }

    @Test func parsesBackWithJSONSerialization() throws {
        let text = JSONRenderer().render(SampleTables.production)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Crude oil production, March 2024")
        #expect(object["columns"] as? [String] == ["producer", "code", "kbd", "share_pct", "change_kbd"])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows[0]["producer"] as? String == "Saudi Arabia")
        #expect((rows[0]["kbd"] as? NSNumber)?.doubleValue == 10_700)
        #expect((rows[0]["share_pct"] as? NSNumber)?.doubleValue == 31.94)
        #expect((rows[0]["change_kbd"] as? NSNumber)?.doubleValue == -50)
        #expect(rows[1]["change_kbd"] is NSNull)
        let totals = try #require(object["totals"] as? [String: Any])
        #expect((totals["share_pct"] as? NSNumber)?.doubleValue == 100)
        #expect((object["notes"] as? [String])?.count == 2)
    }

    @Test func escapesTextAndRoundTripsIt() throws {
        let awkward = "Quote \" backslash \\ newline \n tab \t bell \u{07} Côte d’Ivoire / ok"
        let table = ReportTable(
            title: awkward, columns: [ReportColumn(key: "k\"ey", heading: "K")], rows: [[.text(awkward)]])
        let text = JSONRenderer().render(table)
        #expect(text.contains(#""Quote \" backslash \\ newline \n tab \t bell \u0007 Côte d’Ivoire / ok""#))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["title"] as? String == awkward)
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows[0]["k\"ey"] as? String == awkward)
    }

    @Test func leavesOutAbsentTotalsAndKeepsEmptyArrays() {
        let table = ReportTable(title: "Empty", columns: [])
        #expect(
            JSONRenderer().render(table)
                == "{\n  \"title\": \"Empty\",\n  \"columns\": [],\n  \"rows\": [],\n  \"notes\": []\n}\n")
    }

    @Test(arguments: [
        (1e20, 0, "100000000000000000000"), (1e-7, 2, "0.00"), (-0.001, 1, "0.0"), (2.00005, 4, "2.0000"),
    ])
    func writesNumbersWithoutExponents(value: Double, decimals: Int, expected: String) throws {
        let table = ReportTable(
            title: "", columns: [ReportColumn(key: "x", heading: "X", decimals: decimals)], rows: [[.number(value)]])
        let text = JSONRenderer().render(table)
        #expect(text.contains("\"x\": \(expected)\n"))
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
    }

    @Test func writesNonFiniteNumbersAsNull() {
        let table = ReportTable(title: "", columns: [ReportColumn(key: "x", heading: "X")], rows: [[.number(.nan)]])
        #expect(JSONRenderer().render(table).contains("\"x\": null"))
    }
}
