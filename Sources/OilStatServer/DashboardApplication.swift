import Hummingbird
import Logging
import OilStatCore
import ServiceLifecycle

/// The `oilstat serve` application: the router with the API and the pages behind the middleware (access log,
/// security headers, request limits, rate limit, bearer token), over read-only database connections.
public enum DashboardApplication {
    /// The router of the dashboard over `readers`, with the limits and the token of `settings`.
    public static func router(settings: ServerSettings, readers: DatabaseReaders) -> Router<DashboardContext> {
        let router = Router(context: DashboardContext.self)
        router.add(middleware: AccessLogMiddleware())
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: RequestLimitMiddleware())
        if settings.rateLimit > 0 {
            router.add(middleware: RateLimitMiddleware(rate: settings.rateLimit, limitLoopback: settings.limitLoopback))
        }
        if let token = settings.token, !token.isEmpty {
            router.add(middleware: BearerTokenMiddleware(token: token))
        }
        APIRoutes.register(on: router, readers: readers)
        PageRoutes.register(on: router, readers: readers)
        return router
    }

    /// The application listening as `settings` say; `onServerRunning` gets the bound port.
    public static func application(
        settings: ServerSettings, readers: DatabaseReaders, logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: router(settings: settings, readers: readers),
            configuration: ApplicationConfiguration(
                address: .hostname(settings.host, port: settings.port), serverName: "OilStat", backlog: 1024),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? settings.port) },
            logger: logger)
    }

    /// Runs the server until SIGTERM or SIGINT, then lets requests in flight finish (swift-service-lifecycle).
    public static func run(
        settings: ServerSettings, logger: Logger, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        try settings.validate()
        let readers = try DatabaseReaders(path: settings.databasePath)
        let app = application(settings: settings, readers: readers, logger: logger, onServerRunning: onServerRunning)
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
