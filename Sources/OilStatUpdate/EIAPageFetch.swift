import Foundation
import OilStatCore

/// EIA API v2 international data, page by page: monthly crude oil production (product 57, activity 1, unit TBPD),
/// 5,000 rows a request, following `offset` until `response.total`; the pages are joined into one API v2 response
/// (`{"response":{"total":...,"data":[...]}}`) that the EIA importer reads.
public struct EIAPageFetch: Sendable {
    /// Rows per request (EIA's limit).
    public static let pageLength = 5000

    /// The route's address (`https://api.eia.gov/v2/international/data/`).
    public var baseURL: String
    /// The first month wanted, if any.
    public var since: Month?
    /// The API key.
    public var key: String

    public init(baseURL: String, since: Month?, key: String) {
        self.baseURL = baseURL
        self.since = since
        self.key = key
    }

    /// The address of the page at `offset` (with the key).
    public func pageAddress(offset: Int) -> String {
        var query = [
            ("api_key", key), ("frequency", "monthly"), ("data[0]", "value"), ("facets[productId][]", "57"),
            ("facets[activityId][]", "1"), ("facets[unit][]", "TBPD"),
        ]
        if let since { query.append(("start", since.description)) }
        query += [
            ("sort[0][column]", "period"), ("sort[0][direction]", "asc"), ("offset", "\(offset)"),
            ("length", "\(Self.pageLength)"),
        ]
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let text = query.map { name, value in
            (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name) + "="
                + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)
        }.joined(separator: "&")
        return baseURL + (baseURL.contains("?") ? "&" : "?") + text
    }

    /// Fetches every page and joins them.
    ///
    /// - Returns: the joined response (sorted keys, so an unchanged route gives the same bytes), the rows and the
    ///   number of requests and the first page's `Last-Modified`, if any.
    public func fetch(
        with fetcher: Fetcher, label: String, environment: [String: String],
        progress: DownloadProgress?
    ) async throws -> (json: Data, rows: Int, pages: Int, lastModified: String?) {
        var fetcher = fetcher
        fetcher.secrets.append(key)
        let refused = EIAKey.refusedMessage(environment: environment)
        fetcher.statusMessage = { $0 == 401 || $0 == 403 ? refused : nil }
        var rows: [Any] = []
        var total = 0
        var lastModified: String?
        var first = true
        var pages = 0
        repeat {
            pages += 1
            let address = pageAddress(offset: rows.count)
            let (body, responseHeaders) = try await fetcher.fetchData(address, label: label)
            let headers = responseHeaders.map { ($0.name, $0.value) }
            if first { lastModified = headers.first { $0.0.lowercased() == "last-modified" }?.1 }
            let place = "\(label) page at offset \(rows.count)"
            guard let root = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
                let response = root["response"] as? [String: Any], let data = response["data"] as? [Any],
                let pageTotal = Self.integer(response["total"])
            else {
                throw OilStatError(
                    field: place, message: "not an EIA API v2 response (expected response.total and response.data[])")
            }
            if first {
                total = pageTotal
            } else if pageTotal != total {
                throw OilStatError(
                    field: place, message: "the total changed from \(total) to \(pageTotal) while paging; run again")
            }
            first = false
            if data.isEmpty && rows.count < total {
                throw OilStatError(field: place, message: "an empty page before the total (\(total) rows) was reached")
            }
            rows += data
            progress?.update(received: rows.count, total: total)
        } while rows.count < total
        let joined: [String: Any] = [
            "response": [
                "total": "\(rows.count)", "frequency": "monthly", "dateFormat": "YYYY-MM", "data": rows,
            ] as [String: Any]
        ]
        let json = try JSONSerialization.data(withJSONObject: joined, options: [.sortedKeys])
        return (json, rows.count, pages, lastModified)
    }

    private static func integer(_ value: Any?) -> Int? {
        if let text = value as? String { return Int(text) }
        if let number = value as? NSNumber { return number.intValue }
        return nil
    }
}
