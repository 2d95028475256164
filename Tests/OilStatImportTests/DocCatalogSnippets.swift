import OilStatCore
import OilStatImport

/// The example of `Sources/OilStatImport/OilStatImport.docc/OilStatImport.md`, compiled (not run: it imports a
/// download into the user's database). `DocCatalogTests` checks the page and this code agree.
enum DocCatalogSnippets {
    static func importLandingPage() throws {
        let database = try OilStatDatabase(path: OilStatDatabase.defaultPath())
        let outcome = try FileImporter.importFile(path: "world_Primary_CSV.zip", into: database)
        print(outcome.summary)
    }
}
