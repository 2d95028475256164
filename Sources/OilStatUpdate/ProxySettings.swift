import AsyncHTTPClient
import Foundation

/// The proxy to use for an address, from `HTTPS_PROXY` / `HTTP_PROXY` (either case) and `NO_PROXY`, as curl reads
/// them: `NO_PROXY` is a comma-separated list of host names (a name matches itself and its subdomains, a leading dot
/// is ignored), IP addresses or `*` for all.
public struct ProxySettings: Sendable, Equatable {
    /// The proxy for `https` addresses (`host:port`, `http://host:port`).
    public var httpsProxy: String?
    /// The proxy for `http` addresses.
    public var httpProxy: String?
    /// The hosts reached directly.
    public var noProxy: [String]

    public init(httpsProxy: String? = nil, httpProxy: String? = nil, noProxy: [String] = []) {
        self.httpsProxy = httpsProxy
        self.httpProxy = httpProxy
        self.noProxy = noProxy
    }

    /// Reads the settings from `environment`.
    public static func fromEnvironment(_ environment: [String: String]) -> ProxySettings {
        func value(_ name: String) -> String? {
            let text = environment[name] ?? environment[name.lowercased()]
            return text?.isEmpty == false ? text : nil
        }
        let noProxy = (value("NO_PROXY") ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        return ProxySettings(httpsProxy: value("HTTPS_PROXY"), httpProxy: value("HTTP_PROXY"), noProxy: noProxy)
    }

    /// The proxy (host and port) for `url`, or nil to connect directly.
    public func proxy(for url: URL) -> (host: String, port: Int)? {
        guard let host = url.host?.lowercased() else { return nil }
        let setting = url.scheme?.lowercased() == "https" ? httpsProxy : httpProxy
        guard let setting else { return nil }
        for entry in noProxy {
            if entry == "*" { return nil }
            let name = entry.hasPrefix(".") ? String(entry.dropFirst()) : entry
            let bare = name.split(separator: ":").first.map(String.init) ?? name
            if host == bare || host.hasSuffix("." + bare) { return nil }
        }
        let address = setting.contains("://") ? setting : "http://" + setting
        guard let proxyURL = URL(string: address), let proxyHost = proxyURL.host else { return nil }
        return (proxyHost, proxyURL.port ?? (proxyURL.scheme == "https" ? 443 : 80))
    }

    /// The client configuration's proxy for `url`.
    func clientProxy(for url: URL) -> HTTPClient.Configuration.Proxy? {
        proxy(for: url).map { HTTPClient.Configuration.Proxy.server(host: $0.host, port: $0.port) }
    }
}
