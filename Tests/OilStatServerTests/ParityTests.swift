import Foundation
import Hummingbird
import HummingbirdTesting
import OilStatServer
import Testing

/// The API's CSV (and JSON) equals the CLI's byte for byte: the built `oilstat` binary against the app, on the
/// same database file.
@Suite struct ParityTests {
    @Test(arguments: [
        (["share", "--month", "2019-12", "--group", "opec"], "/api/share?month=2019-12&group=opec"),
        (["share", "--month", "2018-10", "--source", "news report"], "/api/share?month=2018-10&source=news+report"),
        (["share", "--month", "2019-12", "--top", "5"], "/api/share?month=2019-12&top=5"),
        (
            ["compare", "2018-10", "2018-11", "--source", "OPEC MOMR secondary sources"],
            "/api/compare?from=2018-10&to=2018-11&source=OPEC%20MOMR%20secondary%20sources"
        ),
        (["compare", "2019-11", "2019-12", "--group", "opec+"], "/api/compare?from=2019-11&to=2019-12&group=opec%2B"),
        (
            ["changes", "--producer", "SA", "--from", "2018-01", "--to", "2019-12"],
            "/api/changes?producer=SA&from=2018-01&to=2019-12"
        ),
        (
            ["conformity", "--agreement", "opecplus-2018-12", "--month", "2019-12"],
            "/api/conformity?agreement=opecplus-2018-12&month=2019-12"
        ),
        (
            ["conformity", "--agreement", "opec-2016-12", "--from", "2017-01", "--to", "2017-06"],
            "/api/conformity?agreement=opec-2016-12&from=2017-01&to=2017-06"
        ),
        (["table", "--group", "opec", "--month", "2018-12"], "/api/table?month=2018-12&group=opec"),
        (
            ["table", "--group", "opec", "--month", "2016-12", "--unit", "mbd", "--partial"],
            "/api/table?month=2016-12&group=opec&unit=mbd&partial=true"
        ),
        (["producers"], "/api/producers"), (["producers", "--all"], "/api/producers?all=true"),
        (["sources"], "/api/sources"), (["agreements"], "/api/agreements"),
    ])
    func theAPIsCSVAndJSONAreTheCLIs(arguments: [String], uri: String) async throws {
        let app = try ServerTestSupport.app()
        for format in ["csv", "json"] {
            let cli = try ServerTestSupport.runCLI(
                arguments + ["--format", format], database: ServerTestSupport.databasePath)
            #expect(cli.status == 0)
            #expect(!cli.output.isEmpty)
            let api = try await app.test(.router) { client in
                try await client.execute(uri: uri + (uri.contains("?") ? "&" : "?") + "format=\(format)", method: .get)
                {
                    ($0.status, String(buffer: $0.body))
                }
            }
            #expect(api.0 == .ok)
            #expect(api.1 == cli.output, "\(arguments) \(format)")
        }
    }
}
