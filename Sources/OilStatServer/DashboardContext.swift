import Hummingbird
import NIOCore

/// The request context of the dashboard: Hummingbird's core context and the client's address (for the rate
/// limit and the access log).
public struct DashboardContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's address, when the request came over a socket.
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The server takes no request bodies.
    public var maxUploadSize: Int { 0 }
}
