import Foundation
import Testing

@testable import OilStatCore

/// `OilStatDatabase.seriesHistory`: the skip-scan over a source's keys finds exactly the figures a plain filtered
/// query finds.
struct SeriesHistoryTests {
    /// The figures of one series by the plain query (`figures(_:)`, a filter on every key of the source).
    static func plain(_ database: OilStatDatabase, source: Int, product: Int, unit: Int) throws
        -> [SeriesHistory.Figure]
    {
        try database.figures(
            FigureSelection(source: source, product: product, flow: Flow.production.id, unit: unit)
        ).map {
            SeriesHistory.Figure(producer: $0.key.producer, monthIndex: Int32($0.key.monthIndex), value: $0.value)
        }
    }

    @Test func everyBundledSeriesIsFoundAsThePlainQueryFindsIt() throws {
        let database = try TestSupport.bundledDatabase()
        var seen = 0
        for source in try database.sources() {
            for product in try database.products() {
                let history = try database.seriesHistory(source: source.id, product: product.id)
                let expected = try Self.plain(database, source: source.id, product: product.id, unit: UnitCode.kbd.id)
                #expect(history.figures == expected, "\(source.name) \(product.code)")
                #expect(Set(history.producers.keys) == Set(expected.map(\.producer)))
                seen += history.figures.count
            }
        }
        #expect(seen > 250)
        // The seed comparison of October 2018 (data-anchors §6): 10,700 / 11,400 / 11,400 kb/d, stored as printed.
        let news = try database.source(named: "news report")
        let october = try database.seriesHistory(source: news.id, product: Product.crude.id).figures
            .filter { $0.monthIndex == Int32(Month("2018-10")!.index) }
        #expect(october.map(\.value).sorted() == [10_700, 11_400, 11_400])
    }

    @Test func figuresOfOtherProductsAndUnitsInOneBlockAreSkipped() throws {
        // Saudi Arabia's block of each month holds crude and NGL in kb/d and in kt; 2024-02 has no crude in kb/d,
        // 2024-03 only NGL. The skip-scan must land on each series' key and step over the rest.
        let database = try TestSupport.bundledDatabase()
        let url = try TestSupport.temporaryFile(
            "figures.csv",
            """
            producer,month,value,unit,source,product
            SA,2024-01,8956,kb/d,test,CRUDEOIL
            SA,2024-01,1200,kb/d,test,NGL
            SA,2024-01,37912.8772,kt,test,CRUDEOIL
            SA,2024-02,1180,kb/d,test,NGL
            SA,2024-02,36000,kt,test,CRUDEOIL
            SA,2024-03,1190,kb/d,test,NGL
            SA,2024-04,9011,kb/d,test,CRUDEOIL
            US,2024-01,12553.5806,kb/d,test,CRUDEOIL
            US,2024-02,13102.069,kb/d,test,CRUDEOIL

            """)
        _ = try LongCSVLoader().load(url, into: database)
        let source = try database.source(named: "test").id
        let tons = try #require(try database.unit(code: "KTONS")).id
        for (product, unit) in [(Product.crude.id, UnitCode.kbd.id), (2, UnitCode.kbd.id), (Product.crude.id, tons)] {
            let history = try database.seriesHistory(source: source, product: product, unit: unit)
            #expect(history.figures == (try Self.plain(database, source: source, product: product, unit: unit)))
        }
        let crude = try database.seriesHistory(source: source, product: Product.crude.id).figures
        #expect(crude.map(\.value) == [8956, 9011, 12553.5806, 13102.069])
        #expect(
            crude.map { Month(index: Int($0.monthIndex)).description } == ["2024-01", "2024-04", "2024-01", "2024-02"])
        // A product that has no figures, and ids no key can hold, give nothing.
        #expect(try database.seriesHistory(source: source, product: 13).figures.isEmpty)
        #expect(try database.seriesHistory(source: source, product: 300).figures.isEmpty)
        #expect(try database.seriesHistory(source: 5000, product: Product.crude.id).figures.isEmpty)
    }
}
