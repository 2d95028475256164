import Foundation
import OilStatUpdate
import Testing

/// `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY` as curl reads them.
struct ProxySettingsTests {
    let settings = ProxySettings.fromEnvironment([
        "HTTPS_PROXY": "http://proxy.example:3128", "http_proxy": "cache.example", "NO_PROXY": "localhost, .eia.gov",
    ])

    @Test func httpsAddressesUseTheHTTPSProxy() throws {
        let proxy = try #require(settings.proxy(for: URL(string: "https://www.jodidata.org/x.zip")!))
        #expect(proxy.host == "proxy.example" && proxy.port == 3128)
    }

    @Test func httpAddressesUseTheHTTPProxyWithItsDefaultPort() throws {
        let proxy = try #require(settings.proxy(for: URL(string: "http://www.jodidata.org/x.zip")!))
        #expect(proxy.host == "cache.example" && proxy.port == 80)
    }

    @Test(arguments: ["https://api.eia.gov/v2/", "https://eia.gov/", "http://localhost:8080/x"])
    func noProxyHostsAndSubdomainsGoDirect(address: String) {
        #expect(settings.proxy(for: URL(string: address)!) == nil)
    }

    @Test func starBypassesEverything() {
        let all = ProxySettings.fromEnvironment(["HTTPS_PROXY": "proxy.example:8080", "NO_PROXY": "*"])
        #expect(all.proxy(for: URL(string: "https://www.jodidata.org/")!) == nil)
    }

    @Test func noSettingMeansDirect() {
        #expect(ProxySettings.fromEnvironment([:]).proxy(for: URL(string: "https://api.eia.gov/")!) == nil)
    }
}
