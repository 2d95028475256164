import Foundation
import Testing

/// `--since`: JODI's yearly primary files from that year on, instead of the whole world file.
struct UpdateSinceTests {
    @Test func jodiSinceFetchesTheYearlyFilesBesideTheWorldFile() throws {
        // The yearly files are plain CSVs with the world file's header; each year is served with its own rows.
        let header = "REF_AREA,TIME_PERIOD,ENERGY_PRODUCT,FLOW_BREAKDOWN,UNIT_MEASURE,OBS_VALUE,ASSESSMENT_CODE\r\n"
        let server = try FixtureServer { request, _ in
            let year = request.path.split(separator: "/").last.map { String($0.dropLast(4)) } ?? ""
            let rows = year == "2024" ? "SA,2024-02,CRUDEOIL,INDPROD,KBD,9011.0000,1\r\n" : ""
            return FixtureReply.file(
                Array((header + rows).utf8), etag: "\"\(year)\"", lastModified: JODIFixture.februaryDate, for: request)
        }
        let runner = UpdateRunner()
        let address = server.url("/_resources/files/downloads/oil-data/world_Primary_CSV.zip")
        let result = try runner.run(["update", "jodi", "--since", "2024-02", "--base-url", address])
        #expect(result.status == 0, "\(result.all)")
        let paths = server.received().map(\.path)
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        #expect(paths == (2024...year).map { "/_resources/files/downloads/oil-data/annual-csv/primary/\($0).csv" })
        #expect(result.output.contains("jodi 2024: vintage 2024-03-20: jodi-primary-2024.csv: 1 rows read, 1 stored"))
    }
}
