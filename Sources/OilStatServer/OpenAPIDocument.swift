import Foundation

/// The hand-written OpenAPI 3.1 document served at `/openapi.json`, built from ``APIRoutes/endpoints`` so that
/// every route is described with its parameters (a test checks the two against each other).
public enum OpenAPIDocument {
    /// The document as JSON text.
    public static func json(version: String = "0.1.0") -> String {
        var paths: [String: Any] = [:]
        for endpoint in APIRoutes.endpoints {
            var parameters: [[String: Any]] = endpoint.parameters.map { parameter in
                [
                    "name": parameter.name, "in": "query", "required": parameter.required,
                    "description": parameter.description,
                    "schema": parameter.name == "top"
                        ? ["type": "integer", "minimum": 1] as [String: Any]
                        : ["month", "from", "to"].contains(parameter.name)
                            ? ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"] : ["type": "string"],
                ]
            }
            parameters.append([
                "name": "format", "in": "query", "required": false,
                "description": "json (default) or csv; without it the Accept header decides.",
                "schema": ["type": "string", "enum": ["json", "csv"]],
            ])
            paths[endpoint.path] = [
                "get": [
                    "summary": "The table of `oilstat \(endpoint.command)`, with the same columns and numbers.",
                    "operationId": endpoint.command,
                    "parameters": parameters,
                    "responses": [
                        "200": [
                            "description": "The report table.",
                            "content": [
                                "application/json": ["schema": ["$ref": "#/components/schemas/ReportTable"]],
                                "text/csv": ["schema": ["type": "string"]],
                            ],
                        ],
                        "400": problemResponse("A parameter is missing or bad (the CLI's message)."),
                        "404": problemResponse("A producer, source, group or agreement is not found."),
                        "429": problemResponse("Too many requests."),
                    ],
                ] as [String: Any]
            ]
        }
        let document: [String: Any] = [
            "openapi": "3.1.0",
            "info": [
                "title": "OilStat API", "version": version,
                "description": "Read-only oil production statistics: the tables of the oilstat commands.",
            ],
            "paths": paths,
            "components": [
                "schemas": [
                    "ReportTable": [
                        "type": "object",
                        "description": "A report: title, columns, rows (missing values are null), totals and notes.",
                    ],
                    "Problem": [
                        "type": "object",
                        "description": "RFC 9457 problem details.",
                        "properties": [
                            "type": ["type": "string"], "title": ["type": "string"], "status": ["type": "integer"],
                            "detail": ["type": "string"], "instance": ["type": "string"],
                            "parameter": ["type": "string"],
                        ],
                        "required": ["type", "title", "status", "detail"],
                    ],
                ]
            ],
        ]
        let data =
            (try? JSONSerialization.data(
                withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func problemResponse(_ description: String) -> [String: Any] {
        [
            "description": description,
            "content": ["application/problem+json": ["schema": ["$ref": "#/components/schemas/Problem"]]],
        ]
    }
}
