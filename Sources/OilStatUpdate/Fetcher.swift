import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import OilStatCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Fetches the publishers' files over HTTP(S) with AsyncHTTPClient: connect and read timeouts, retries with
/// exponential back-off and jitter on 5xx, 408, 429 (honouring `Retry-After`), timeouts and connection resets,
/// redirects, proxies from the environment, conditional requests (`If-None-Match`, `If-Modified-Since`) and resumable
/// downloads (`Range` with `If-Range`, into a `.part` file).
///
/// For example:
/// ```swift
/// let fetcher = Fetcher(settings: FetchSettings(), proxies: .fromEnvironment(ProcessInfo.processInfo.environment))
/// let file = DownloadCache.standard(environment: [:]).entry("world_Primary_CSV.zip")
/// switch try await fetcher.download(UpdateSource.jodi.defaultURL, into: file, label: "jodi") {
/// case .unchanged: print("up to date")
/// case .downloaded(let validators): print("new file of \(validators.size) bytes")   // now in file.partPath
/// }
/// ```
public struct Fetcher: Sendable {
    /// Timeouts, retries and back-off.
    public var settings: FetchSettings
    /// The proxies.
    public var proxies: ProxySettings
    /// Texts (API keys) never shown in a message.
    public var secrets: [String] = []
    /// Where retry notices go (standard error unless `--quiet`).
    public var notice: @Sendable (String) -> Void = { _ in }
    /// A message of the caller's for a final HTTP status (EIA's 401/403: the key was refused), or nil.
    public var statusMessage: @Sendable (Int) -> String? = { _ in nil }

    public init(settings: FetchSettings, proxies: ProxySettings) {
        self.settings = settings
        self.proxies = proxies
    }

    /// Downloads `address` into `file.partPath`, conditionally on the cached file's validators, resuming a partial
    /// download when the server still has the same file.
    ///
    /// - Returns: ``DownloadResult/unchanged(_:)`` on 304 (nothing written), else ``DownloadResult/downloaded(_:)``
    ///   with the part complete; the caller verifies it and promotes it with `CachedFile.promotePart`.
    /// - Throws: `OilStatError` naming `label` and the address after the last attempt; the partial download stays
    ///   for the next run to resume.
    public func download(
        _ address: String, into file: CachedFile, label: String, progress: DownloadProgress? = nil
    ) async throws -> DownloadResult {
        let shown = redacted(address)
        return try await retrying(address, label: label) { client in
            try await attemptDownload(client, address: address, shown: shown, file: file, progress: progress)
        }
    }

    /// Fetches `address` whole (at most `limit` bytes), with the same retries; for API pages.
    ///
    /// - Returns: the body and the response headers.
    public func fetchData(_ address: String, label: String, limit: Int = 256 << 20) async throws -> (Data, HTTPHeaders)
    {
        try await retrying(address, label: label) { client in
            let response = try await client.execute(request(address), deadline: deadline)
            try check(response)
            var body = Data()
            do {
                for try await chunk in response.body {
                    body.append(contentsOf: chunk.readableBytesView)
                    if body.count > limit {
                        throw FetchFailure(message: "the response is larger than \(limit) bytes", retryable: false)
                    }
                }
            } catch let failure as FetchFailure {
                throw failure
            } catch {
                throw Self.failure(of: error, settings: settings)
            }
            if let expected = response.headers.first(name: "Content-Length").flatMap(Int.init), body.count < expected {
                throw FetchFailure(
                    message: "the response was cut short (\(body.count) of \(expected) bytes)", retryable: true)
            }
            return (body, response.headers)
        }
    }

    /// `text` with every secret replaced by `***`.
    public func redacted(_ text: String) -> String {
        secrets.filter { !$0.isEmpty }.reduce(text) { $0.replacingOccurrences(of: $1, with: "***") }
    }

    // MARK: - One attempt

    private var deadline: NIODeadline { .now() + .hours(6) }

    private func request(_ address: String) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: address)
        request.headers.add(name: "User-Agent", value: settings.userAgent)
        request.headers.add(name: "Accept", value: "*/*")
        return request
    }

    /// Throws a ``FetchFailure`` for a status other than 2xx (and 304, which the caller handles).
    private func check(_ response: HTTPClientResponse) throws {
        let status = Int(response.status.code)
        guard !(200...299).contains(status) else { return }
        let reason = "HTTP \(status) \(response.status.reasonPhrase)"
        throw FetchFailure(
            message: reason, retryable: RetryPolicy.isRetryable(status: status),
            retryAfter: RetryPolicy.retryAfterSeconds(response.headers.first(name: "Retry-After")), status: status)
    }

    private func attemptDownload(
        _ client: HTTPClient, address: String, shown: String, file: CachedFile, progress: DownloadProgress?
    ) async throws -> DownloadResult {
        var request = request(address)
        let partSize = file.partSize
        var resuming = false
        if partSize > 0, let started = Validators.read(file.partValidatorsPath), started.url == shown,
            let validator = started.etag ?? started.lastModified
        {
            request.headers.add(name: "Range", value: "bytes=\(partSize)-")
            request.headers.add(name: "If-Range", value: validator)
            resuming = true
        } else if let cached = file.validators(), cached.url == shown {
            if let etag = cached.etag { request.headers.add(name: "If-None-Match", value: etag) }
            if let lastModified = cached.lastModified {
                request.headers.add(name: "If-Modified-Since", value: lastModified)
            }
        }
        let response: HTTPClientResponse
        do { response = try await client.execute(request, deadline: deadline) } catch {
            throw Self.failure(of: error, settings: settings)
        }
        let status = Int(response.status.code)
        let etag = response.headers.first(name: "ETag")
        let lastModified = response.headers.first(name: "Last-Modified")
        if status == 304, let cached = file.validators() { return .unchanged(cached) }
        if status == 416 {
            file.discardPart()
            throw FetchFailure(message: "the server refused to resume the partial download", retryable: true)
        }
        try check(response)
        let length = response.headers.first(name: "Content-Length").flatMap(Int.init)
        var offset = 0
        if status == 206 {
            guard resuming, Self.rangeStart(response.headers.first(name: "Content-Range")) == partSize else {
                file.discardPart()
                throw FetchFailure(message: "the server sent an unexpected range", retryable: true)
            }
            offset = partSize
        } else {
            let started = Validators(url: shown, etag: etag, lastModified: lastModified, size: length ?? 0)
            try started.write(file.partValidatorsPath)
        }
        let total = length.map { $0 + offset }
        let descriptor = open(file.partPath, O_WRONLY | O_CREAT | (offset == 0 ? O_TRUNC : O_APPEND), 0o644)
        guard descriptor >= 0 else {
            let code = errno
            throw OilStatError.fileSystem(
                "cannot write the download: \(String(cString: strerror(code)))", errno: code, file: file.partPath)
        }
        defer { close(descriptor) }
        var received = offset
        do {
            for try await chunk in response.body {
                try chunk.withUnsafeReadableBytes { bytes in
                    guard let base = bytes.baseAddress else { return }
                    var done = 0
                    while done < bytes.count {
                        let count = write(descriptor, base + done, bytes.count - done)
                        guard count > 0 else {
                            let code = errno
                            throw OilStatError.fileSystem(
                                "cannot write the download: \(String(cString: strerror(code)))", errno: code,
                                file: file.partPath)
                        }
                        done += count
                    }
                }
                received += chunk.readableBytes
                progress?.update(received: received, total: total, resumedFrom: offset)
            }
        } catch let error as OilStatError {
            throw error
        } catch {
            throw Self.failure(of: error, settings: settings)
        }
        if let total, received < total {
            throw FetchFailure(
                message: "the download was cut short (\(received) of \(total) bytes)", retryable: true)
        }
        let started = Validators.read(file.partValidatorsPath)
        return .downloaded(
            Validators(
                url: shown, etag: started?.etag ?? etag, lastModified: started?.lastModified ?? lastModified,
                size: received))
    }

    /// The first byte of a `Content-Range: bytes START-END/TOTAL` header.
    static func rangeStart(_ header: String?) -> Int? {
        guard let header, let range = header.split(separator: " ").last,
            let start = range.split(separator: "-").first
        else { return nil }
        return Int(start)
    }

    // MARK: - Retries

    /// Runs `body` with a client for `address` until it succeeds, fails for good, or the attempts run out.
    private func retrying<Value: Sendable>(
        _ address: String, label: String, _ body: (HTTPClient) async throws -> Value
    ) async throws -> Value {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https",
            url.host != nil
        else {
            throw OilStatError(field: label, message: "not an http(s) address: \(redacted(address))")
        }
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .follow(max: settings.maxRedirects, allowCycles: false)
        configuration.timeout = .init(
            connect: .milliseconds(Int64(settings.connectTimeout * 1000)),
            read: .milliseconds(Int64(settings.readTimeout * 1000)))
        configuration.proxy = proxies.clientProxy(for: url)
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        let policy = RetryPolicy(settings: settings)
        var attempt = 0
        do {
            while true {
                attempt += 1
                do {
                    let result = try await body(client)
                    try await client.shutdown()
                    return result
                } catch let failure as FetchFailure {
                    guard failure.retryable, attempt < settings.attempts else {
                        if let status = failure.status, let message = statusMessage(status) {
                            throw OilStatError(field: label, message: message)
                        }
                        let tries = attempt > 1 ? " after \(attempt) attempts" : ""
                        throw OilStatError(
                            field: label,
                            message: "\(redacted(address)): \(redacted(failure.message))\(tries); "
                                + "the cache and the database are unchanged",
                            status: failure.status)
                    }
                    let wait = policy.delay(afterAttempt: attempt, retryAfter: failure.retryAfter)
                    notice(
                        "\(label): \(redacted(failure.message)); retrying in "
                            + String(format: "%.1f s", wait) + " (attempt \(attempt + 1) of \(settings.attempts))\n")
                    try await Task.sleep(nanoseconds: UInt64(wait * 1e9))
                }
            }
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    /// A transport error as a retryable ``FetchFailure`` in words.
    static func failure(of error: Error, settings: FetchSettings) -> FetchFailure {
        if let failure = error as? FetchFailure { return failure }
        if let client = error as? HTTPClientError {
            switch client {
            case .readTimeout:
                return FetchFailure(
                    message: "no data for \(Int(settings.readTimeout)) s (read timeout)", retryable: true)
            case .connectTimeout:
                return FetchFailure(
                    message: "no connection within \(Int(settings.connectTimeout)) s (connect timeout)",
                    retryable: true)
            case .deadlineExceeded:
                return FetchFailure(message: "the request took too long", retryable: true)
            case .remoteConnectionClosed:
                return FetchFailure(message: "the server closed the connection", retryable: true)
            case .redirectCycleDetected, .redirectLimitReached:
                return FetchFailure(message: "too many redirects", retryable: false)
            default:
                return FetchFailure(message: "\(client)", retryable: true)
            }
        }
        if let io = error as? IOError {
            return FetchFailure(
                message: "connection failed: \(String(cString: strerror(io.errnoCode)))", retryable: true)
        }
        let text = "\(error)"
        if text.contains("connectionRefused") || text.contains("Connection refused") {
            return FetchFailure(message: "connection refused", retryable: true)
        }
        return FetchFailure(message: "connection failed: \(text)", retryable: true)
    }
}

extension OilStatError {
    /// A failed fetch: no such file (404) is `notFound`, anything else `unsupported` (the network is outside
    /// OilStat's input files, so not `badInput`).
    init(field: String, message: String, status: Int?) {
        if status == 404 {
            self = .notFound("\(field): \(message)")
        } else {
            self = .unsupported("\(field): \(message)")
        }
    }
}
