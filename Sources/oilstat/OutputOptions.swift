import ArgumentParser
import Foundation
import OilStatCore
import OilStatReport

extension OutputFormat: ExpressibleByArgument {}

/// The output options every report shares: format, file, header and delimiter.
struct OutputOptions: ParsableArguments {
    @Option(
        name: .long,
        help: "Output format: table, csv, tsv, json or markdown (default: table on a terminal, csv otherwise).")
    var format: OutputFormat?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write the report to this file instead of standard output (e.g. Reports/share-2018-10.csv).",
            valueName: "path"))
    var output: String?

    @Flag(name: .long, help: "Leave out the header row (csv, tsv).")
    var noHeader = false

    @Option(name: .long, help: ArgumentHelp("Field delimiter for csv output (one character).", valueName: "char"))
    var delimiter: String?

    func validate() throws {
        if let delimiter, delimiter.count != 1 {
            throw ValidationError("--delimiter takes one character, not \"\(delimiter)\".")
        }
    }

    /// The format to use: the one asked for, else table on a terminal and csv when piped.
    var resolvedFormat: OutputFormat {
        if let format { return format }
        return output == nil && Terminal.standardOutputIsTerminal
            ? .table : (output.map(OutputOptions.format(forPath:)) ?? .csv)
    }

    /// The format a file name implies (`.json`, `.md`, `.tsv`, else csv).
    static func format(forPath path: String) -> OutputFormat {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "json": return .json
        case "md", "markdown": return .markdown
        case "tsv", "tab": return .tsv
        case "txt": return .table
        default: return .csv
        }
    }

    /// Renders `table` and writes it to the output file or standard output.
    func emit(_ table: ReportTable) throws {
        let format = resolvedFormat
        var options = RenderOptions(format: format)
        options.includeHeader = !noHeader
        options.delimiter = delimiter?.first
        options.colour = output == nil && format == .table && Terminal.colourAllowed
        try write(ReportRenderer.render(table, options: options))
    }

    /// Writes text to `--output` (a regular file atomically; a device, FIFO or `-` directly) or standard output,
    /// and names the file written on standard error.
    func write(_ text: String) throws {
        try OutputFile.write(text, to: output)
        if let output, output != "-" { StandardStream.note("wrote \(output)\n") }
    }
}
