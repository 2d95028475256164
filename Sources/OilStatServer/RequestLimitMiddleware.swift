import Hummingbird

/// Refuses what the dashboard never takes: methods other than GET and HEAD (405), request bodies (413), over-long
/// targets (414) and header blocks (431), and paths with `..`, `\` or NUL (400), so no request can name a file.
public struct RequestLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let path = request.uri.path
        guard request.method == .get || request.method == .head else {
            var response = ProblemDetails(status: .methodNotAllowed, detail: "only GET and HEAD are served")
                .response(instance: path)
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > 0 {
            return ProblemDetails(status: .contentTooLarge, detail: "requests carry no body here").response(
                instance: path)
        }
        if request.headers[.transferEncoding] != nil {
            return ProblemDetails(status: .contentTooLarge, detail: "requests carry no body here").response(
                instance: path)
        }
        if (request.head.path ?? "").utf8.count > ServerSettings.maximumTargetLength {
            return ProblemDetails(
                status: .uriTooLong,
                detail: "the request target is longer than \(ServerSettings.maximumTargetLength) bytes"
            ).response(instance: String(path.prefix(64)))
        }
        let headerBytes = request.headers.reduce(0) { $0 + $1.name.rawName.utf8.count + $1.value.utf8.count + 4 }
        if headerBytes > ServerSettings.maximumHeaderBytes {
            return ProblemDetails(
                status: .requestHeaderFieldsTooLarge,
                detail: "the request headers are larger than \(ServerSettings.maximumHeaderBytes) bytes"
            ).response(instance: path)
        }
        if path.contains("..") || path.contains("\\") || path.contains("\0") {
            return ProblemDetails(status: .badRequest, detail: "bad path").response(instance: "/")
        }
        return try await next(request, context)
    }
}
