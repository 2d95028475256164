// TEMPORARY measurement harness (deleted once `oilstat` has the import commands): the command shapes the
// lead will wire, calling the same library functions.
import Foundation
import OilStatCore
import OilStatImport

let args = Array(CommandLine.arguments.dropFirst())
func value(_ name: String) -> String? { args.firstIndex(of: name).map { args[$0 + 1] } }
switch args.first {
case "share":
    try JODIShareTask.run(input: value("--jodi")!, output: value("--output"))
case "import":
    let database = try OilStatDatabase(path: value("--database")!)
    _ = try BundledData.standard.loadIfNeeded(into: database)
    let outcome = try FileImporter.importFile(path: args[1], into: database)
    print(outcome.summary)
case "sha":
    print(try SHA256Hasher.hex(ofFile: args[1], portable: args.count > 2))
default:
    print("usage: probe share --all-months --jodi FILE --output OUT | import FILE --database DB")
}
