import Foundation
import PackagePlugin

/// Compiles the CSV files of the repository's `Data/` folder into the target (as `EmbeddedData.files`), so the
/// library and the `oilstat` binary carry the bundled data wherever they are copied or installed.
///
/// `Data/` stays the one copy of the files: the build reruns the command whenever one of them changes. The
/// command is a POSIX shell script, not a tool built from this package, because a built tool gets the package's
/// build flags (`scripts/fuzz` builds with `--sanitize fuzzer`, which gives an executable libFuzzer's `main`).
/// Each file becomes a raw multi-line string literal; `CompiledInDataTests` checks that the compiled-in text is each
/// file byte for byte (a file with CR line ends would not be).
@main
struct EmbedBundledData: BuildToolPlugin {
    /// Writes the Swift file `$1` declaring `EmbeddedData.files` from the CSV files `$2...`.
    static let script = #"""
        out="$1"; shift
        delimiter='#####'
        quotes='"""'
        {
            printf '// Generated at build time by the EmbedBundledData plugin from Data/. Do not edit.\n\n'
            printf '/// The CSV files of the repository'"'"'s `Data/` folder, compiled in.\n'
            printf 'enum EmbeddedData {\n    /// Each file'"'"'s text, by file name (`producers.csv`...).\n'
            printf '    static let files: [String: String] = [\n'
            for file in "$@"; do
                printf '        "%s": %s%s\n' "${file##*/}" "$delimiter" "$quotes"
                cat "$file"
                printf '\n%s%s,\n' "$quotes" "$delimiter"
            done
            printf '    ]\n}\n'
        } > "$out.partial" && mv "$out.partial" "$out"
        """#

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let data = context.package.directoryURL.appendingPathComponent("Data")
        let files = try FileManager.default.contentsOfDirectory(at: data, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "csv" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedData.swift")
        return [
            .buildCommand(
                displayName: "Embedding Data/*.csv in \(target.name)",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", Self.script, "embed-bundled-data", output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }
}
