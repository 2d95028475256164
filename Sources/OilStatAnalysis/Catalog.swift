import OilStatCore
import OilStatReport

/// What is loaded: producers, groups with their members, agreements, sources and imports, as tables.
public struct Catalog: Sendable {
    public let database: OilStatDatabase

    public init(database: OilStatDatabase) { self.database = database }

    /// Producers with at least one figure (or all of them), with aliases and figure counts.
    public func producersTable(includeWithoutFigures: Bool = false) throws -> ReportTable {
        let rows = try database.producerSummaries()
        let columns = [
            ReportColumn(key: "code", heading: "Code"), ReportColumn(key: "alpha3", heading: "Alpha-3"),
            ReportColumn(key: "name", heading: "Name"), ReportColumn(key: "kind", heading: "Kind"),
            ReportColumn(key: "figures", heading: "Figures"), ReportColumn(key: "aliases", heading: "Aliases"),
        ]
        let body: [[ReportValue]] = rows.compactMap { row in
            if row.figures == 0 && !includeWithoutFigures { return nil }
            let producer = row.producer
            return [
                .text(producer.code), .text(producer.alpha3 ?? ""), .text(producer.name), .text(producer.kind),
                .number(Double(row.figures)), .text(row.aliases.joined(separator: "; ")),
            ]
        }
        return ReportTable(
            title: "Producers", columns: columns, rows: body,
            notes: [
                "\(body.count) of \(rows.count) "
                    + "producers\(includeWithoutFigures ? "" : " (those with figures; --all lists every one)")."
            ])
    }

    /// Groups and their members as of `month` (default: every membership with its dates).
    public func groupsTable(month: Month? = nil) throws -> ReportTable {
        let rows = try database.memberListings(in: month)
        let columns = [
            ReportColumn(key: "group", heading: "Group"), ReportColumn(key: "producer", heading: "Code"),
            ReportColumn(key: "name", heading: "Producer"), ReportColumn(key: "from", heading: "From"),
            ReportColumn(key: "to", heading: "To"), ReportColumn(key: "note", heading: "Note"),
        ]
        let body: [[ReportValue]] = rows.map {
            [
                .text($0.group), .text($0.producerCode), .text($0.producerName), .text($0.fromMonth),
                .text($0.toMonth ?? ""), .text($0.note),
            ]
        }
        let title = month.map { "Group members in \($0)" } ?? "Groups and dated memberships"
        return ReportTable(
            title: title, columns: columns, rows: body,
            notes: [
                "Non-OPEC is every country that is not an OPEC member in the month asked.",
                "\(body.count) memberships.",
            ])
    }

    /// Agreements phase by phase, with sums over the participants' quotas for each side (OPEC, non-OPEC).
    public func agreementsTable() throws -> ReportTable {
        let rows = try database.agreementSideTotals()
        let agreements = try database.agreements()
        func value(_ x: Double?) -> ReportValue { x.map(ReportValue.number) ?? .missing }
        let columns = [
            ReportColumn(key: "agreement", heading: "Agreement"), ReportColumn(key: "phase", heading: "Phase"),
            ReportColumn(key: "from", heading: "From"), ReportColumn(key: "to", heading: "To"),
            ReportColumn(key: "side", heading: "Side"),
            ReportColumn(key: "participants", heading: "Parties"), ReportColumn(key: "exempt", heading: "Exempt"),
            ReportColumn(key: "reference_kbd", heading: "Reference"),
            ReportColumn(key: "adjustment_kbd", heading: "Adjustment", signed: true),
            ReportColumn(key: "required_kbd", heading: "Required"),
            ReportColumn(key: "published_total_adjustment_kbd", heading: "Published total adj.", signed: true),
        ]
        let body: [[ReportValue]] = rows.map {
            [
                .text($0.agreementID), .text($0.phase), .text($0.fromMonth), .text($0.toMonth),
                .text($0.side?.rawValue ?? "(no quotas)"), .number(Double($0.participants)), .number(Double($0.exempt)),
                value($0.referenceKBD), value($0.adjustmentKBD), value($0.requiredKBD),
                value($0.publishedTotalAdjustmentKBD),
            ]
        }
        let names = agreements.map { "\($0.id): \($0.name), \($0.fromMonth) to \($0.toMonth); \($0.origin)." }
        return ReportTable(
            title: "Production agreements (kb/d)", columns: columns, rows: body,
            notes: [
                "Sums over participants with quotas, exempt participants excluded; `..` = not published. The "
                    + "published total adjustment is the agreement's stated figure for the phase."
            ]
                + names + ["Sources: Data/agreement_quotas.csv (see Data/README.md)."])
    }

    /// Sources with how many figures, producers and months each has.
    public func sourcesTable() throws -> ReportTable {
        let rows = try database.sourceSummaries()
        let columns = [
            ReportColumn(key: "source", heading: "Source"), ReportColumn(key: "figures", heading: "Figures"),
            ReportColumn(key: "first", heading: "First"), ReportColumn(key: "last", heading: "Last"),
            ReportColumn(key: "description", heading: "Description"),
        ]
        let body: [[ReportValue]] = rows.map {
            [
                .text($0.source.name), .number(Double($0.figures)), .text($0.firstMonth?.description ?? ""),
                .text($0.lastMonth?.description ?? ""), .text(Self.firstSentence($0.source.description)),
            ]
        }
        return ReportTable(
            title: "Sources", columns: columns, rows: body,
            notes: ["Reports never mix sources: choose one with --source NAME."])
    }

    /// The first sentence of `text` (up to the first ". " or "("), for one-line table cells.
    static func firstSentence(_ text: String) -> String {
        var cut = text.endIndex
        for marker in [". ", " ("] {
            if let range = text.range(of: marker), range.lowerBound < cut { cut = range.lowerBound }
        }
        return String(text[..<cut])
    }

    /// Every import: file, SHA-256, counts and time.
    public func importsTable() throws -> ReportTable {
        let imports = try database.imports()
        let columns = [
            ReportColumn(key: "id", heading: "#"), ReportColumn(key: "file", heading: "File"),
            ReportColumn(key: "format", heading: "Format"),
            ReportColumn(key: "sha256", heading: "SHA-256"), ReportColumn(key: "imported_at", heading: "Imported at"),
            ReportColumn(key: "rows_read", heading: "Read"), ReportColumn(key: "rows_stored", heading: "Stored"),
            ReportColumn(key: "rows_missing", heading: "Missing"),
            ReportColumn(key: "rows_skipped", heading: "Skipped"),
            ReportColumn(key: "rows_withdrawn", heading: "Withdrawn"),
            ReportColumn(key: "seconds", heading: "Seconds", decimals: 3),
        ]
        let body: [[ReportValue]] = imports.map {
            [
                .number(Double($0.id ?? 0)), .text($0.fileName), .text($0.format), .text($0.sha256),
                .text($0.importedAt),
                .number(Double($0.rowsRead)), .number(Double($0.rowsStored)), .number(Double($0.rowsMissing)),
                .number(Double($0.rowsSkipped)), .number(Double($0.rowsWithdrawn)), .number($0.seconds),
            ]
        }
        return ReportTable(
            title: "Imports", columns: columns, rows: body,
            notes: ["\(imports.count) imports; a file already imported (same SHA-256) is not imported again."])
    }
}
