import Foundation
import OilStatCore

/// The EIA API key: `EIA_API_KEY`, else the `eia_api_key = KEY` line of the config file
/// (`$XDG_CONFIG_HOME/oilstat/config`, else `~/.config/oilstat/config`). The key is never printed, stored in the
/// database or put in an error message.
public enum EIAKey {
    /// Where a key is registered, free.
    public static let registrationURL = "https://www.eia.gov/opendata/register.php"

    /// The config file `environment` names.
    public static func configPath(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/oilstat/config" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/oilstat/config"
    }

    /// The key, or an error saying how to get one.
    public static func resolve(environment: [String: String]) throws -> String {
        if let key = environment["EIA_API_KEY"]?.trimmingCharacters(in: .whitespaces), !key.isEmpty { return key }
        let path = configPath(environment: environment)
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
            for line in text.split(whereSeparator: \.isNewline) {
                let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, ["eia_api_key", "EIA_API_KEY"].contains(parts[0]) else { continue }
                let key = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                if !key.isEmpty { return key }
            }
        }
        throw OilStatError(
            field: "eia",
            message: "no EIA API key: set EIA_API_KEY or add the line `eia_api_key = YOUR_KEY` to \(path); "
                + "a key is free at \(registrationURL) (or run `oilstat update eia-bulk`, which needs none)")
    }

    /// The message for a key EIA refused (HTTP 401 or 403).
    public static func refusedMessage(environment: [String: String]) -> String {
        "EIA refused the API key (HTTP 403): check EIA_API_KEY or the eia_api_key line of "
            + "\(configPath(environment: environment)); a key is free at \(registrationURL)"
    }
}
