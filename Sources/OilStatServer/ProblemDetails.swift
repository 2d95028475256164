import Foundation
import Hummingbird

/// An error answered as RFC 9457 problem details (`application/problem+json`): the status, a title and the
/// message the CLI prints for the same mistake.
public struct ProblemDetails: Error, Sendable, Equatable {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// What is wrong, in the CLI's words.
    public var detail: String
    /// The parameter at fault, when there is one.
    public var parameter: String?

    /// A problem with `status` and `detail`.
    public init(status: HTTPResponse.Status, detail: String, parameter: String? = nil) {
        self.status = status
        self.detail = detail
        self.parameter = parameter
    }

    /// A 400 Bad Request about `parameter`.
    public static func badParameter(_ parameter: String, _ detail: String) -> ProblemDetails {
        ProblemDetails(status: .badRequest, detail: detail, parameter: parameter)
    }

    /// The problem document for a request to `instance` (the path asked).
    public func json(instance: String) -> String {
        var object: [String: Any] = [
            "type": "about:blank", "title": status.reasonPhrase, "status": status.code, "detail": detail,
            "instance": instance,
        ]
        if let parameter { object["parameter"] = parameter }
        let data =
            (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The response carrying the problem document.
    public func response(instance: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        return Response(
            status: status, headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(string: json(instance: instance))))
    }
}
