import HTTPTypes
import Hummingbird

/// Adds the security headers to every response: a Content-Security-Policy that allows only the app's own style
/// sheet and script (no inline scripts, nothing from elsewhere), `X-Content-Type-Options: nosniff`, a
/// referrer policy, framing denied, and no caching of answers that may change with the next import.
public struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The Content-Security-Policy of every response.
    public static var contentSecurityPolicy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }

    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            // The router's own errors (no such route: 404) as problem documents, with the headers too.
            response = TableResponse.problem(for: error).response(instance: request.uri.path)
        }
        Self.apply(to: &response.headers)
        return response
    }

    /// Sets the headers on `headers`.
    static func apply(to headers: inout HTTPFields) {
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        headers[.xContentTypeOptions] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        headers[HTTPField.Name("Cross-Origin-Resource-Policy")!] = "same-origin"
        if headers[.cacheControl] == nil { headers[.cacheControl] = "no-store" }
    }
}
