import Hummingbird

/// Lets through only requests with `Authorization: Bearer TOKEN`, compared in constant time; others get a 401
/// problem document (with `WWW-Authenticate: Bearer`).
public struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    private let token: [UInt8]

    /// A check against `token`.
    public init(token: String) { self.token = Array(token.utf8) }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let header = request.headers[.authorization] ?? ""
        let prefix = "Bearer "
        let given = header.hasPrefix(prefix) ? Array(header.utf8.dropFirst(prefix.utf8.count)) : []
        guard Self.constantTimeEqual(given, token) else {
            var response = ProblemDetails(
                status: .unauthorized, detail: "this server needs the header Authorization: Bearer TOKEN"
            ).response(instance: request.uri.path)
            response.headers[.wwwAuthenticate] = "Bearer"
            return response
        }
        return try await next(request, context)
    }

    /// Whether `a` equals `b`, in a time that depends only on their lengths (not on where they differ).
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
        if a.count != b.count { difference |= 1 }
        let count = max(a.count, b.count)
        for index in 0..<count {
            let x = index < a.count ? a[index] : 0
            let y = index < b.count ? b[index] : 0
            difference |= x ^ y
        }
        return difference == 0
    }
}
