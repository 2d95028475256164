/// How `oilstat serve` runs: where it listens, which database it reads, and its limits.
public struct ServerSettings: Sendable, Equatable {
    /// The address to bind (default: loopback only).
    public var host: String
    /// The TCP port (0 picks a free one).
    public var port: Int
    /// The database file.
    public var databasePath: String
    /// The bearer token every request must carry, if set (required off loopback).
    public var token: String?
    /// Requests per second allowed to one client address, with bursts of twice as many (0: no limit).
    public var rateLimit: Int
    /// Whether clients on the loopback address are rate-limited too.
    public var limitLoopback: Bool

    /// The longest request target (path and query) accepted, in bytes.
    public static let maximumTargetLength = 2048
    /// The largest request header block accepted, in bytes.
    public static let maximumHeaderBytes = 16 * 1024

    /// Settings for `host`:`port` over the database at `databasePath`.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, databasePath: String, token: String? = nil,
        rateLimit: Int = 100, limitLoopback: Bool = false
    ) {
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.token = token
        self.rateLimit = rateLimit
        self.limitLoopback = limitLoopback
    }

    /// Whether `host` is a loopback address (127.0.0.0/8, ::1 or localhost).
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    /// The message when a non-loopback address is bound without a token.
    public static let tokenRequiredMessage =
        "--token is required to listen on a non-loopback address (anyone on the network could read the database)."

    /// Checks that a token is given when the server listens beyond this machine.
    ///
    /// - Throws: ``ProblemDetails`` (as a plain error for the CLI) when it is not.
    public func validate() throws {
        if !Self.isLoopback(host) && (token ?? "").isEmpty {
            throw ProblemDetails(status: .badRequest, detail: Self.tokenRequiredMessage)
        }
        if let token, !token.isEmpty, token.utf8.count < 16 {
            throw ProblemDetails(status: .badRequest, detail: "--token must be at least 16 characters long.")
        }
        if !(0...65535).contains(port) {
            throw ProblemDetails(status: .badRequest, detail: "--port must be 0...65535.")
        }
        if rateLimit < 0 { throw ProblemDetails(status: .badRequest, detail: "--rate-limit must be 0 or more.") }
    }
}
