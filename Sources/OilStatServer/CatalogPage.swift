import OilStatAnalysis
import OilStatCore
import OilStatReport

/// `/sources`, `/imports` and `/agreements`: what the database holds, as the CLI lists it, with links.
public enum CatalogPage {
    /// The sources with their figures and the months they cover.
    public static func sources(in database: OilStatDatabase) throws -> String {
        let body =
            PageLayout.table(try Catalog(database: database).sourcesTable())
            + "<p>Also as " + PageLayout.link("/api/sources?format=csv", "CSV") + " and "
            + PageLayout.link("/api/sources", "JSON") + ".</p>\n"
        return PageLayout.page(title: "Sources and their coverage", body: body)
    }

    /// Every file imported, with its SHA-256 and row counts.
    public static func imports(in database: OilStatDatabase) throws -> String {
        let body =
            PageLayout.table(try Catalog(database: database).importsTable())
            + "<p>Also as " + PageLayout.link("/api/imports?format=csv", "CSV") + ".</p>\n"
        return PageLayout.page(title: "Imports", body: body)
    }

    /// The agreements with links to their pages, and their phase totals.
    public static func agreements(in database: OilStatDatabase) throws -> String {
        let catalog = Catalog(database: database)
        var body = "<ul>\n"
        for agreement in try database.agreements() {
            body +=
                "<li>" + PageLayout.link("/agreement/\(PageLayout.urlComponent(agreement.id))", agreement.name)
                + " (\(PageLayout.escape(agreement.fromMonth)) to \(PageLayout.escape(agreement.toMonth)))</li>\n"
        }
        body += "</ul>\n" + PageLayout.table(try catalog.agreementsTable())
        return PageLayout.page(title: "Production agreements", body: body)
    }
}
