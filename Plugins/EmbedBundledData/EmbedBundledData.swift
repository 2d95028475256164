import Foundation
import PackagePlugin

/// Compiles the CSV files of the repository's `Data/` folder into the target (as `EmbeddedData.files`), so the
/// library and the `oilstat` binary carry the bundled data wherever they are copied or installed.
///
/// `Data/` stays the one copy of the files: the plugin reads it at build time and rebuilds when a file changes.
@main
struct EmbedBundledData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appendingPathComponent("Data")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "csv" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedData.swift")
        return [
            .buildCommand(
                displayName: "Embedding Data/*.csv in \(target.name)",
                executable: try context.tool(named: "embed-bundled-data").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }
}
