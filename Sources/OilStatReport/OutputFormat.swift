/// A format a ``ReportTable`` can be rendered in, as named on the command line (`--format csv`).
public enum OutputFormat: String, CaseIterable, Equatable, Hashable, Sendable {
    /// An aligned, human-readable table for a terminal (``TableRenderer``).
    case table
    /// Comma-separated values per RFC 4180, with LF line endings (``CSVRenderer``).
    case csv
    /// Tab-separated values, unquoted (``TSVRenderer``).
    case tsv
    /// A pretty-printed JSON object (``JSONRenderer``).
    case json
    /// A GitHub-flavoured Markdown pipe table (``MarkdownRenderer``).
    case markdown

    /// The usual file extension for the format, without the dot: `txt`, `csv`, `tsv`, `json`, `md`.
    public var fileExtension: String {
        switch self {
        case .table: return "txt"
        case .csv: return "csv"
        case .tsv: return "tsv"
        case .json: return "json"
        case .markdown: return "md"
        }
    }

    /// The field delimiter of a delimited format (`,` for csv, tab for tsv), or `nil` for the others.
    public var defaultDelimiter: Character? {
        switch self {
        case .csv: return ","
        case .tsv: return "\t"
        case .table, .json, .markdown: return nil
        }
    }
}
