import Foundation
import OilStatCore
import Testing

@testable import OilStatAnalysis

/// Month-on-month changes as the publishers print them: against the previous month as revised in the same
/// publication (issue 10, item 2). The figures are in Tests/OilStatImportTests/Fixtures/published-revisions.csv,
/// each row citing the page it was read from.
struct VintageChangeTests {
    private static func database() throws -> OilStatDatabase {
        let database = try AnalysisTestSupport.bundledDatabase()
        _ = try LongCSVLoader().load(
            URL(fileURLWithPath: AnalysisTestSupport.importFixture("published-revisions.csv")), into: database)
        return database
    }

    @Test(
        "published month-on-month changes against a revised previous month",
        arguments: [
            // OPEC MOMR April 2017: March 31,928 tb/d, down 153 (February revised to 32,081; first print 31,960).
            ("OPEC", "2017-03", "OPEC MOMR secondary sources", 31_928.0, -153.0, 31_960.0, "OPEC MOMR April 2017"),
            // Reuters survey of 2019-08-30: OPEC-14 29.61 mb/d, up 80,000 bpd (July revised 29.53; first 29.418).
            ("OPEC", "2019-08", "Reuters survey", 29_610, 80, 29_418, "Reuters survey August 2019"),
            // Reuters survey of 2019-09-30: Saudi Arabia 9.05 mb/d, 700,000 bpd less than August (revised 9.75;
            // first 9.63).
            ("SA", "2019-09", "Reuters survey", 9_050, -700, 9_630, "Reuters survey September 2019"),
        ])
    func withinVintage(
        producer code: String, month text: String, source: String, kbd: Double, change: Double,
        firstPrint: Double, publication: String
    ) throws {
        let database = try Self.database()
        let producer = try database.producer(matching: code)
        let month = Month(text)!
        let selection = try SeriesSelection.resolve(
            forProducer: producer, in: database, from: month, to: month, sourceName: source, productCode: nil)
        #expect(try database.carriesPreviousMonth(source: selection.source.id))
        let changes = try ProducerChanges.compute(
            producer: producer, from: month, to: month, selection: selection, database: database, withinVintage: true)
        let entry = try #require(changes.entries.first)
        #expect(entry.kbd == kbd)
        #expect(entry.monthOnMonth == change)
        #expect(changes.vintageNotes.first?.contains("as printed in \(publication)") == true)
        // Against the first print of the previous month the change is not the published one.
        #expect(kbd - firstPrint != change)
        let revisions = try Revisions.compute(
            producer: producer, month: month.previous, selection: selection, database: database)
        #expect(revisions.entries.map(\.kbd).suffix(2) == [firstPrint, kbd - change])
    }

    @Test func asOfTheFirstPrintTheChangeIsTheFirstPrintOne() throws {
        let database = try Self.database()
        let saudi = try database.producer(matching: "SA")
        let august = Month("2019-08")!
        let selection = try SeriesSelection.resolve(
            forProducer: saudi, in: database, from: august, to: august, sourceName: "Reuters survey",
            productCode: nil)
        let asOf = database.asOf(try PublicationDate(parsing: "2019-09-29"))
        let series = try asOf.series(
            producer: saudi.id, from: august, to: august, source: selection.source.id)
        #expect(series[august] == 9_630)
        let latest = try database.series(producer: saudi.id, from: august, to: august, source: selection.source.id)
        #expect(latest[august] == 9_750)
    }
}
