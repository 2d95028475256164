import Foundation
import OilStatAnalysis
import OilStatCore
import OilStatReport
import Testing

/// The getting-started article (`Sources/OilStatAnalysis/OilStatAnalysis.docc/GettingStarted.md`), run as written:
/// every ```swift block of the article appears, line for line, in ``theArticleCodeRuns()`` (checked by
/// `DocCatalogTests`), and what the article shows printed and written is what the code prints and writes.
struct GettingStartedTests {
    static let article = DocArticle(path: "Sources/OilStatAnalysis/OilStatAnalysis.docc/GettingStarted.md")

    @Test func theArticleCodeRuns() throws {
        // Open a database
        let database = try OilStatDatabase.inMemory()
        try BundledData.standard.loadIfNeeded(into: database)

        // Load a long CSV
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oilstat-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let survey = folder.appendingPathComponent("gulf.csv")
        try """
        producer,month,value,unit,source
        Saudi Arabia,2019-12,9800,kb/d,Gulf survey
        Iraq,2019-12,4570,kb/d,Gulf survey
        United Arab Emirates,2019-12,3040,kb/d,Gulf survey
        Kuwait,2019-12,2710,kb/d,Gulf survey
        Saudi Arabia,2020-01,9720,kb/d,Gulf survey
        Iraq,2020-01,4530,kb/d,Gulf survey
        United Arab Emirates,2020-01,2990,kb/d,Gulf survey
        Kuwait,2020-01,2670,kb/d,Gulf survey
        """.write(to: survey, atomically: true, encoding: .utf8)
        let outcome = try LongCSVLoader().load(survey, into: database)
        print("\(outcome.record.rowsStored) figures stored")

        // Compute a share
        let december = try Month(parsing: "2019-12")
        let january = try Month(parsing: "2020-01")
        let selection = try SeriesSelection.resolve(
            in: database, months: [december, january],
            sourceName: "Gulf survey", productCode: nil)
        let share = try MarketShare.compute(
            month: january, scope: .world, selection: selection, base: .listed, database: database)
        for entry in share.entries {
            print(entry.rank, entry.producer.name, entry.kbd, String(format: "%.2f %%", entry.sharePercent ?? .nan))
        }

        // Compare two months
        let comparison = try MonthComparison.compute(
            december, january, scope: .world, selection: selection, base: .listed,
            database: database)
        for entry in comparison.entries {
            let points = String(format: "%+.2f", entry.sharePointChange ?? .nan)
            print(entry.producer.name, entry.change ?? .nan, "kb/d,", points, "share points")
        }

        // Export CSV
        let csv = ReportRenderer.render(share.reportTable(), options: RenderOptions(format: .csv))
        try csv.write(to: folder.appendingPathComponent("gulf-share-2020-01.csv"), atomically: true, encoding: .utf8)

        // What the article says the code gives.
        #expect(outcome.record.rowsStored == 8)
        #expect(share.entries.map(\.producer.code) == ["SA", "IQ", "AE", "KW"])
        #expect(abs(share.entries[0].sharePercent! - 9720.0 / 19910.0 * 100) < 1e-9)
        let saudi = try #require(comparison.entries.first { $0.producer.code == "SA" })
        #expect(saudi.change == -80)
        let written = try String(contentsOf: folder.appendingPathComponent("gulf-share-2020-01.csv"), encoding: .utf8)
        #expect(written == csv)
        #expect(try Self.article.blocks(of: "csv").contains(csv))
        // The printed lines the article shows.
        let shareLines = share.entries.map {
            "\($0.rank) \($0.producer.name) \($0.kbd) " + String(format: "%.2f %%", $0.sharePercent ?? .nan) + "\n"
        }
        let comparisonLines = comparison.entries.map {
            "\($0.producer.name) \($0.change ?? .nan) kb/d, " + String(format: "%+.2f", $0.sharePointChange ?? .nan)
                + " share points\n"
        }
        #expect(try Self.article.blocks(of: "text") == [shareLines.joined(), comparisonLines.joined()])
        print(csv)
        try? FileManager.default.removeItem(at: folder)
    }
}
