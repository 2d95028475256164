import Hummingbird
import OilStatCore
import OilStatReport

/// Renders report tables for the API in the format asked (`format=json|csv`, else the `Accept` header, else
/// JSON) with the CLI's renderer, so the API's CSV and JSON are the CLI's byte for byte.
public enum TableResponse {
    /// The formats the API serves.
    public static let formats: [OutputFormat] = [.json, .csv]

    /// The format asked by `format` or, without it, by the `Accept` header.
    ///
    /// - Throws: ``ProblemDetails`` (400) for a format other than json or csv.
    public static func format(_ parameters: QueryParameters, accept: String?) throws -> OutputFormat {
        if let name = parameters.text("format") {
            guard let format = OutputFormat(rawValue: name.lowercased()), formats.contains(format) else {
                throw ProblemDetails.badParameter(
                    "format",
                    "The value '\(QueryParameters.printable(name))' is invalid for '--format': give json or csv")
            }
            return format
        }
        if let accept, accept.contains("text/csv") && !accept.contains("application/json") { return .csv }
        return .json
    }

    /// The media type of `format`.
    public static func contentType(_ format: OutputFormat) -> String {
        format == .csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8"
    }

    /// `table` rendered in `format`, as the CLI renders it.
    public static func render(_ table: ReportTable, format: OutputFormat) -> String {
        ReportRenderer.render(table, options: RenderOptions(format: format))
    }

    /// The response carrying `text` as `contentType`.
    public static func response(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// The problem document for `error` thrown while answering `path`: a ``ProblemDetails`` as it is; the
    /// library's errors with the CLI's message (bad input 400, not found 404, storage 503, others 500).
    public static func problem(for error: any Error) -> ProblemDetails {
        if let problem = error as? ProblemDetails { return problem }
        if let error = error as? any HTTPResponseError {
            return ProblemDetails(
                status: error.status, detail: error.status == .notFound ? "no such page" : error.status.reasonPhrase)
        }
        guard let error = error as? OilStatError else {
            return ProblemDetails(status: .internalServerError, detail: "internal error")
        }
        switch error.kind {
        case .badInput: return ProblemDetails(status: .badRequest, detail: error.description)
        case .notFound: return ProblemDetails(status: .notFound, detail: error.description)
        case .unsupported: return ProblemDetails(status: .badRequest, detail: error.description)
        case .storage: return ProblemDetails(status: .serviceUnavailable, detail: error.description)
        case .fileSystem, .output: return ProblemDetails(status: .internalServerError, detail: "internal error")
        }
    }
}
