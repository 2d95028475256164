import OilStatCore
import OilStatReport

/// The conformity part of a monthly report for one agreement in force: the table and chart, or why there is none.
public struct AgreementConformitySection: Sendable {
    public var agreement: Agreement
    public var month: Month
    /// The conformity, when the phase in force has per-participant quotas.
    public var conformity: Conformity?
    /// Why there is no conformity (e.g. the phase publishes only a group total).
    public var reason: String?

    /// One section per agreement in force in `month`, measured on the report's source.
    static func compute(
        agreements: [Agreement], month: Month, selection: SeriesSelection,
        database: OilStatDatabase
    ) throws -> [AgreementConformitySection] {
        try agreements.map { agreement in
            do {
                let conformity = try Conformity.compute(
                    agreement: agreement, months: [month], selection: selection, database: database)
                return AgreementConformitySection(
                    agreement: agreement, month: month, conformity: conformity, reason: nil)
            } catch let error as OilStatError {
                return AgreementConformitySection(
                    agreement: agreement, month: month, conformity: nil, reason: error.message)
            }
        }
    }

    /// Whether any participant has a conformity value or a side a subtotal.
    var hasMeasurement: Bool {
        guard let conformity else { return false }
        return conformity.all.conformityPercent != nil || conformity.lines.contains { $0.conformityPercent != nil }
    }

    /// The headline fact, e.g. "Conformity with … [opecplus-2018-12]: 158% on the OPEC side (11 participants with
    /// figures)."
    var headline: String? {
        guard let conformity, hasMeasurement else { return nil }
        let measured = conformity.sides.filter { $0.conformityPercent != nil }
        var parts = measured.map { subtotal in
            let basis: String
            if case .aggregate(let total) = subtotal.basis {
                basis = "from the source's published total for its \(subtotal.participants) participants, \(total.code)"
            } else {
                basis = "\(Self.count(subtotal)) participant\(subtotal.participants == 1 ? "" : "s") with figures"
            }
            let percent = NumberText.fixed(subtotal.conformityPercent!, decimals: 0)
            return "\(percent)% on the \(subtotal.name) side (\(basis))"
        }
        if measured.count > 1, let percent = conformity.all.conformityPercent {
            parts.append(
                "\(NumberText.fixed(percent, decimals: 0))% over all \(Self.count(conformity.all)) "
                    + "participants with figures")
        }
        guard !parts.isEmpty else { return nil }
        let missing = conformity.lines.filter {
            if case .noFigure = $0.status { return true }
            return false
        }.map(\.producer.name)
        var text =
            "Conformity with \(agreement.name) [\(agreement.id)]: \(parts.joined(separator: "; ")); 100% = the agreed "
            + "cut exactly"
        if !missing.isEmpty { text += "; no figure in this source for \(missing.joined(separator: ", "))" }
        return text + "."
    }

    /// "11" or "3 of 5".
    static func count(_ subtotal: Conformity.Subtotal) -> String {
        subtotal.counted == subtotal.participants
            ? "\(subtotal.participants)" : "\(subtotal.counted) of \(subtotal.participants)"
    }

    /// The conformity table without the code, side and required-production columns (the subtotal rows name the sides;
    /// required production is the reference less the required cut), with short headings, so it fits a page.
    func compactTable(_ conformity: Conformity) -> ReportTable {
        conformity.reportTable().selecting([
            ("name", nil), ("reference_kbd", "Reference"), ("actual_kbd", "Actual"),
            ("required_cut_kbd", "Required cut"), ("actual_cut_kbd", "Actual cut"), ("conformity_pct", "Conformity %"),
            ("status", "Status"),
        ])
    }

    /// Adds the section's body (under its heading) to `report`; `chart` names and registers a chart file.
    func add(to report: inout HTMLReport, chart: (_ name: String, _ title: String, _ svg: String) -> ReportChart) {
        if !agreement.description.isEmpty { report.addParagraph(agreement.description) }
        guard let conformity else {
            report.addParagraph("No conformity for \(month): \(reason ?? "no quotas").")
            return
        }
        let withQuota = conformity.lines.filter { $0.status != .exempt }
        if !withQuota.isEmpty && withQuota.allSatisfy({ $0.status == .noReference }) {
            report.addParagraph(
                "The database holds this agreement's adjustments but no reference or required production for its "
                    + "participants "
                    + "(\(withQuota.map(\.producer.name).joined(separator: ", "))), so conformity cannot be measured.")
            return
        }
        guard hasMeasurement else {
            report.addParagraph(
                "No conformity can be measured for \(month) from \(conformity.selection.source.name): "
                    + "no participant with a published reference and required production has a figure in this source. "
                    + "The participants are listed below.")
            report.addTable(compactTable(conformity))
            return
        }
        report.addTable(compactTable(conformity))
        let bars = ChartData.conformityChart(conformity)
        report.addChart(chart("conformity-\(agreement.id)", bars.title, bars.svg()))
    }
}
