/// The JODI releases the tests serve (see Fixtures/README.md): a January 2024 release (the 12 real rows of 2024-01)
/// and a February release (all 15 real rows, 2024-02 added), with the validators a static server sends.
enum JODIFixture {
    static let path = "/_resources/files/downloads/oil-data/world_Primary_CSV.zip"
    static let january = UpdateRunner.fixture("jodi_release_2024_01.zip")
    static let february = UpdateRunner.fixture("jodi_release_2024_02.zip")
    static let januaryTag = "\"jodi-2024-01\""
    static let februaryTag = "\"jodi-2024-02\""
    static let januaryDate = "Tue, 20 Feb 2024 10:00:00 GMT"
    static let februaryDate = "Wed, 20 Mar 2024 10:00:00 GMT"

    /// A server with the February release at ``path``.
    static func server() throws -> FixtureServer {
        try FixtureServer { request, _ in
            FixtureReply.file(february, etag: februaryTag, lastModified: februaryDate, for: request)
        }
    }
}
