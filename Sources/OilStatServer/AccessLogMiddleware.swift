import Foundation
import Hummingbird
import Logging

/// One structured log line per request (swift-log metadata): method, path, status, duration and client.
/// The query string is left out, so a token or a name typed into a form never reaches the log.
public struct AccessLogMiddleware<Context: RemoteAddressRequestContext>: RouterMiddleware {
    private let level: Logger.Level

    /// Logs at `level` (info by default).
    public init(level: Logger.Level = .info) { self.level = level }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard context.logger.logLevel <= level else { return try await next(request, context) }
        let start = ContinuousClock.now
        var status = 500
        defer {
            let elapsed = ContinuousClock.now - start
            let milliseconds =
                Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            context.logger.log(
                level: level, "request",
                metadata: [
                    "http.method": .string(request.method.rawValue), "http.path": .string(request.uri.path),
                    "http.status": .stringConvertible(status),
                    "duration_ms": .string(String(format: "%.3f", milliseconds)),
                    "client": .string(context.remoteAddress?.ipAddress ?? "-"),
                ])
        }
        let response = try await next(request, context)
        status = response.status.code
        return response
    }
}
