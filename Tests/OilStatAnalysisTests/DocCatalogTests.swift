import Foundation
import OilStatAnalysis
import OilStatCore
import OilStatReport
import Testing

/// The code of the DocC catalogs: each ```swift block of every `Sources/*/*.docc/*.md` is written, line for line,
/// in a test under `Tests/` (so it compiles against the API of today), and the landing pages' examples run here.
struct DocCatalogTests {
    @Test func everyTargetWithSourcesHasACatalog() throws {
        let articles = try DocArticle.all().map(\.path)
        for target in ["OilStatCore", "OilStatImport", "OilStatAnalysis", "OilStatReport"] {
            #expect(articles.contains("Sources/\(target)/\(target).docc/\(target).md"))
        }
        #expect(articles.contains("Sources/OilStatAnalysis/OilStatAnalysis.docc/GettingStarted.md"))
    }

    @Test(arguments: try DocArticle.all())
    func everySwiftBlockIsInATest(article: DocArticle) throws {
        // Compared without white space, so that swift-format's line breaks in the tests do not matter.
        func squeezed(_ text: some StringProtocol) -> String { String(text.filter { !$0.isWhitespace }) }
        let tests = DocArticle.repository.appendingPathComponent("Tests")
        var files: [String] = []
        for case let file as String in FileManager.default.enumerator(atPath: tests.path) ?? .init()
        where file.hasSuffix(".swift") {
            files.append(squeezed(try String(contentsOf: tests.appendingPathComponent(file), encoding: .utf8)))
        }
        for block in try article.blocks(of: "swift") {
            let wanted = squeezed(block)
            #expect(
                !wanted.isEmpty && files.contains { $0.contains(wanted) },
                "\(article): this block is in no test under Tests/:\n\(block)")
        }
    }

    /// OilStatCore.md: compiled, not run (it opens the user's database).
    func coreLandingPage() throws {
        let database = try OilStatDatabase(path: OilStatDatabase.defaultPath())
        try BundledData.standard.loadIfNeeded(into: database)
        let outcome = try LongCSVLoader().load(URL(fileURLWithPath: "figures.csv"), into: database)
        print(outcome.summary)
    }

    @Test func analysisLandingPageCodeRuns() throws {
        let database = try OilStatDatabase.inMemory()
        try BundledData.compiledIn.loadIfNeeded(into: database)
        let october = try Month(parsing: "2018-10")
        let selection = try SeriesSelection.resolve(
            in: database, months: [october], sourceName: "news report",
            productCode: nil)
        let share = try MarketShare.compute(
            month: october, scope: .world, selection: selection, base: .listed, database: database)
        // Russia 34.03 %, United States 34.03 %, Saudi Arabia 31.94 %
        let shares = share.entries.map { "\($0.producer.name) " + String(format: "%.2f %%", $0.sharePercent ?? .nan) }
        #expect(shares == ["Russia 34.03 %", "United States 34.03 %", "Saudi Arabia 31.94 %"])
    }

    @Test func reportLandingPageCodeRuns() {
        let table = ReportTable(
            title: "Production, 2018-10",
            columns: [
                ReportColumn(key: "name", heading: "Producer"),
                ReportColumn(key: "kbd", heading: "kb/d", decimals: 0),
            ],
            rows: [[.text("Saudi Arabia"), .number(10_700)], [.text("Russia"), .number(11_400)]]
        )
        print(ReportRenderer.render(table, options: RenderOptions(format: .csv)))
        #expect(
            ReportRenderer.render(table, options: RenderOptions(format: .csv))
                == "name,kbd\nSaudi Arabia,10700\nRussia,11400\n")
    }
}
