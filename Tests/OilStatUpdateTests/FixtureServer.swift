import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// One request the fixture server received.
struct ReceivedRequest: Sendable {
    /// `GET`, `HEAD`, ...
    var method: String
    /// The path, without the query.
    var path: String
    /// The query, percent-decoded (`facets[productId][]` → `57`).
    var query: [String: String]
    /// The request target as sent (absolute when the client took this server for a proxy).
    var target: String
    /// The headers, names in lower case.
    var headers: [String: String]

    /// The header `name` (any case).
    func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// What the fixture server answers to one request.
struct FixtureReply: Sendable {
    var status = 200
    var headers: [(String, String)] = []
    var body: [UInt8] = []
    /// Send only this many bytes of the body (the `Content-Length` still announces all of it), then close the
    /// connection, or leave it open and silent when `stallAfterCut`.
    var cutAfter: Int?
    var stallAfterCut = false
    /// Seconds to wait after the head before the body.
    var delay = 0.0

    /// A file served as a real static server does: `ETag` and `Last-Modified`; 304 to a matching `If-None-Match`;
    /// 206 with the rest to `Range: bytes=N-` when `If-Range` matches; else 200.
    static func file(_ body: [UInt8], etag: String, lastModified: String, for request: ReceivedRequest) -> FixtureReply
    {
        let validators = [("ETag", etag), ("Last-Modified", lastModified), ("Accept-Ranges", "bytes")]
        if request.header("If-None-Match") == etag {
            return FixtureReply(status: 304, headers: validators)
        }
        if let range = request.header("Range"), range.hasPrefix("bytes="), request.header("If-Range") == etag,
            let start = Int(range.dropFirst(6).prefix { $0 != "-" }), start < body.count
        {
            return FixtureReply(
                status: 206,
                headers: validators + [("Content-Range", "bytes \(start)-\(body.count - 1)/\(body.count)")],
                body: Array(body[start...]))
        }
        return FixtureReply(status: 200, headers: validators, body: body)
    }
}

/// An HTTP/1.1 server on 127.0.0.1 (SwiftNIO, in the test process) that answers with the replies a test's responder
/// makes, and records every request.
final class FixtureServer: @unchecked Sendable {
    /// Makes the reply to a request; the second argument counts the earlier requests to the same path.
    typealias Responder = @Sendable (ReceivedRequest, Int) -> FixtureReply

    private let lock = NSLock()
    private var responder: Responder
    private var requests: [ReceivedRequest] = []
    private var channel: Channel?
    private(set) var port = 0

    init(_ responder: @escaping Responder) throws {
        self.responder = responder
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { [self] channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap {
                    channel.pipeline.addHandler(FixtureHandler(server: self))
                }
            }
        let channel = try bootstrap.bind(host: "127.0.0.1", port: 0).wait()
        self.channel = channel
        port = channel.localAddress?.port ?? 0
    }

    deinit { channel?.close(promise: nil) }

    /// The address of `path` on this server.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Replaces the responder.
    func respond(with responder: @escaping Responder) {
        lock.withLock { self.responder = responder }
    }

    /// The requests received so far (to `path`, when given).
    func received(path: String? = nil) -> [ReceivedRequest] {
        lock.withLock { requests.filter { path == nil || $0.path == path } }
    }

    /// Stops listening.
    func close() { try? channel?.close().wait() }

    fileprivate func reply(to head: HTTPRequestHead) -> FixtureReply {
        var target = head.uri
        if target.hasPrefix("http://"), let slash = target.dropFirst(7).firstIndex(of: "/") {
            target = String(target[slash...]) // absolute form, as a client sends it to a proxy
        }
        let parts = target.split(separator: "?", maxSplits: 1).map(String.init)
        var query: [String: String] = [:]
        for item in (parts.count > 1 ? parts[1] : "").split(separator: "&") {
            let pair = item.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            query[pair[0]] = pair.count > 1 ? pair[1] : ""
        }
        var headers: [String: String] = [:]
        for header in head.headers { headers[header.name.lowercased()] = header.value }
        let request = ReceivedRequest(
            method: "\(head.method)", path: parts.first ?? "/", query: query, target: head.uri, headers: headers)
        let (responder, index) = lock.withLock { () -> (Responder, Int) in
            let index = requests.filter { $0.path == request.path }.count
            requests.append(request)
            return (self.responder, index)
        }
        return responder(request, index)
    }
}

/// Answers one request per connection with the server's reply, then closes the connection.
private final class FixtureHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let server: FixtureServer
    private var head: HTTPRequestHead?

    init(server: FixtureServer) { self.server = server }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): self.head = head
        case .body: break
        case .end:
            guard let head else { return }
            respond(context: context, reply: server.reply(to: head))
        }
    }

    private func respond(context: ChannelHandlerContext, reply: FixtureReply) {
        var headers = HTTPHeaders(reply.headers)
        if reply.status != 304 && !headers.contains(name: "Content-Length") {
            headers.add(name: "Content-Length", value: "\(reply.body.count)")
        }
        headers.add(name: "Connection", value: "close")
        let status = HTTPResponseStatus(statusCode: reply.status)
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))))
            .whenFailure { _ in }
        context.flush()
        let bound = NIOLoopBound((context, self), eventLoop: context.eventLoop)
        let send: @Sendable () -> Void = {
            let (context, handler) = bound.value
            let bytes = reply.cutAfter.map { Array(reply.body.prefix($0)) } ?? reply.body
            if !bytes.isEmpty {
                let buffer = context.channel.allocator.buffer(bytes: bytes)
                context.write(handler.wrapOutboundOut(.body(.byteBuffer(buffer)))).whenFailure { _ in }
            }
            if reply.cutAfter != nil {
                context.flush()
                if !reply.stallAfterCut { context.close(promise: nil) }
                return
            }
            context.writeAndFlush(handler.wrapOutboundOut(.end(nil))).whenComplete { _ in
                context.close(promise: nil)
            }
        }
        if reply.delay > 0 {
            context.eventLoop.scheduleTask(in: .milliseconds(Int64(reply.delay * 1000))) { send() }
        } else {
            send()
        }
    }
}
