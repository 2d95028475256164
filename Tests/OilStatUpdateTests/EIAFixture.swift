/// The EIA fixtures the tests serve (see Fixtures/README.md): three API v2 pages of 10, 10 and 4 rows (total 24)
/// and the bulk `INTL.zip`.
enum EIAFixture {
    static let apiPath = "/v2/international/data/"
    static let bulkPath = "/bulk/INTL.zip"
    static let key = "fixture-key-5f3a9c"
    static let pages = [1, 2, 3].map { UpdateRunner.fixture("eia_v2_page\($0).json") }
    static let bulk = UpdateRunner.fixture("INTL.zip")

    /// A server answering the API route by `offset` (0, 10, 20) when the key is ``key``, 403 with EIA's error body
    /// otherwise, and the bulk file.
    static func server() throws -> FixtureServer {
        try FixtureServer { request, _ in
            if request.path == bulkPath {
                return FixtureReply.file(
                    bulk, etag: "\"intl-2019-01\"", lastModified: "Thu, 31 Jan 2019 17:00:00 GMT", for: request)
            }
            guard request.path == apiPath else { return FixtureReply(status: 404) }
            guard request.query["api_key"] == key else {
                let body = #"{"error":{"code":"API_KEY_INVALID","message":"An invalid api_key was supplied."}}"#
                return FixtureReply(
                    status: 403, headers: [("Content-Type", "application/json")], body: Array(body.utf8))
            }
            let page = (Int(request.query["offset"] ?? "0") ?? 0) / 10
            guard pages.indices.contains(page) else { return FixtureReply(status: 400) }
            return FixtureReply(
                status: 200,
                headers: [("Content-Type", "application/json"), ("Last-Modified", "Thu, 31 Jan 2019 17:00:00 GMT")],
                body: pages[page])
        }
    }
}
