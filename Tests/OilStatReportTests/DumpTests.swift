import Foundation
import Testing
@testable import OilStatReport

@Test func dump() throws {
    let t = SampleTables.production
    for f in OutputFormat.allCases {
        try ReportRenderer.render(t, options: RenderOptions(format: f)).write(toFile: "/tmp/out.\(f.rawValue)", atomically: true, encoding: .utf8)
    }
    try SampleTables.lineChart.svg().write(toFile: "/tmp/line.svg", atomically: true, encoding: .utf8)
    try SampleTables.barChart.svg().write(toFile: "/tmp/bar.svg", atomically: true, encoding: .utf8)
}
