import Foundation
import OilStatAnalysis
import OilStatCore
import OilStatReport

// Prints the market shares of one month and source from OilStat's bundled data, as an aligned table.
// Usage: share-table [YYYY-MM] [SOURCE]     (default: 2018-10 "news report")

let arguments = Array(CommandLine.arguments.dropFirst())
let monthText = arguments.count > 0 ? arguments[0] : "2018-10"
let sourceName = arguments.count > 1 ? arguments[1] : "news report"

do {
    let database = try OilStatDatabase.inMemory()
    try BundledData.standard.loadIfNeeded(into: database)
    let month = try Month(parsing: monthText)
    let selection = try SeriesSelection.resolve(
        in: database, months: [month], sourceName: sourceName,
        productCode: nil)
    let share = try MarketShare.compute(
        month: month, scope: .world, selection: selection, base: .listed, database: database)
    print(ReportRenderer.render(share.reportTable(), options: RenderOptions(format: .table)), terminator: "")
} catch {
    FileHandle.standardError.write(Data("share-table: \(error)\n".utf8))
    exit(1)
}
