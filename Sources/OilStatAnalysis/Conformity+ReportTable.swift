import OilStatCore
import OilStatReport

extension Conformity {
    /// The conformity table in the layout of Reuters' survey tables: one line per participant, a subtotal per side,
    /// and the total over all participants.
    ///
    /// - Parameter conformityDecimals: decimals of the conformity column: 0 as published (`112`) on a terminal and in
    ///   Markdown; more for CSV and JSON, where the value is data.
    public func reportTable(conformityDecimals: Int = 0) -> ReportTable {
        func value(_ x: Double?) -> ReportValue { ReportValue(x) }
        let columns = [
            ReportColumn(key: "producer", heading: "Code"),
            ReportColumn(key: "name", heading: "Participant"),
            ReportColumn(key: "side", heading: "Side"),
            ReportColumn(key: "reference_kbd", heading: "Reference kb/d", decimals: 0),
            ReportColumn(key: "required_kbd", heading: "Required kb/d", decimals: 0),
            ReportColumn(key: "actual_kbd", heading: "Actual kb/d", decimals: 0),
            ReportColumn(key: "required_cut_kbd", heading: "Required cut", decimals: 0, signed: true),
            ReportColumn(key: "actual_cut_kbd", heading: "Actual cut", decimals: 0, signed: true),
            ReportColumn(key: "conformity_pct", heading: "Conformity %", decimals: conformityDecimals, signed: true),
            ReportColumn(key: "status", heading: "Status"),
        ]
        func subtotalRow(_ subtotal: Subtotal, label: String) -> [ReportValue] {
            let count =
                subtotal.counted == subtotal.participants
                ? "\(subtotal.participants)" : "\(subtotal.counted) of \(subtotal.participants)"
            return [
                .text(""), .text("\(label) (\(count))"),
                .text(subtotal.name == "All participants" ? "" : subtotal.name),
                value(subtotal.referenceKBD), value(subtotal.requiredKBD), value(subtotal.actualKBD),
                value(subtotal.requiredCut), value(subtotal.actualCut), value(subtotal.conformityPercent),
                .text(basisText(subtotal)),
            ]
        }
        var rows: [[ReportValue]] = []
        for side in sides {
            for line in lines where line.side == side.name {
                rows.append([
                    .text(line.producer.code), .text(line.producer.name), .text(line.side), value(line.referenceKBD),
                    value(line.requiredKBD), value(line.actualKBD), value(line.requiredCut), value(line.actualCut),
                    value(line.conformityPercent), .text(statusText(line)),
                ])
            }
            rows.append(subtotalRow(side, label: "Subtotal \(side.name)"))
        }
        return ReportTable(
            title: title, columns: columns, rows: rows, totals: subtotalRow(all, label: "All participants"),
            notes: notes)
    }

    /// `Conformity with <agreement name> (<id>), 2017-11` or `..., 2019-01 to 2019-06 (average)`.
    var title: String {
        let when = months.count == 1 ? months[0].description : "\(months.first!) to \(months.last!) (average)"
        return "Conformity with \(agreement.name) [\(agreement.id)], \(when)"
    }

    /// The status cell of a participant's line.
    func statusText(_ line: Line) -> String {
        switch line.status {
        case .counted: return line.allowsIncrease ? "counted (increase allowed)" : "counted"
        case .exempt: return "exempt"
        case .noFigure: return "no figure"
        case .noReference: return "no reference"
        case .notMember: return "not an OPEC member"
        case .notInPhase: return "no quota in phase"
        }
    }

    /// The status cell of a subtotal: how its actual production was obtained.
    func basisText(_ subtotal: Subtotal) -> String {
        switch subtotal.basis {
        case .sum: return "sum of participants"
        case .aggregate(let producer): return "published total \(producer.code)"
        case .partial: return "participants with figures"
        case .none: return "no figures"
        }
    }

    /// The notes: agreement and phase, source and unit, the formula, and every participant left out and why.
    var notes: [String] {
        var notes: [String] = []
        let phaseText = phases.map { "\($0.phase) (\($0.fromMonth)..\($0.toMonth))" }.joined(separator: ", ")
        notes.append(
            phases.count == 1
                ? "Phase in force: \(phaseText); required production per participant as published for that phase."
                : "Phases in force: \(phaseText); required production per participant as published for each, "
                    + "day-weighted."
        )
        var source = selection.sourceNote
        if sourceWasDefault {
            source +=
                " \(selection.source.name) is the default: the published worked examples come from it; --source "
                + "chooses another (sources are never mixed)."
        }
        notes.append(source)
        notes.append("Unit: kb/d (thousand barrels per day).")
        notes.append(
            "Required cut = reference − required production; actual cut = reference − actual production; conformity % "
                + "= actual cut / required cut × 100 (negative when output is above the reference)."
        )
        if months.count > 1 {
            notes.append(
                "Over \(months.count) months, production, references and requirements are day-weighted averages; a "
                    + "participant is counted only with a figure in every month."
            )
        }
        func names(_ set: [Line]) -> String { set.map(\.producer.name).joined(separator: ", ") }
        let exempt = lines.filter { $0.status == .exempt }
        if !exempt.isEmpty { notes.append("Exempt (listed, not counted): \(names(exempt)).") }
        let increases = lines.filter { $0.isCounted && $0.allowsIncrease }
        for line in increases {
            let increase = NumberText.grouped(-(line.requiredCut ?? 0)).withSign
            notes.append(
                "\(line.producer.name) was allowed an increase (\(increase)): no conformity of its own; "
                    + "the subtotals net it.")
        }
        let noReference = lines.filter { $0.status == .noReference }
        if !noReference.isEmpty {
            notes.append("No published reference or required production (listed, not counted): \(names(noReference)).")
        }
        let notMember = lines.filter {
            if case .notMember = $0.status { return true }
            return false
        }
        if !notMember.isEmpty {
            notes.append("Not an OPEC member in the month(s) measured (listed, not counted): \(names(notMember)).")
        }
        let notInPhase = lines.filter {
            if case .notInPhase = $0.status { return true }
            return false
        }
        if !notInPhase.isEmpty {
            notes.append("No quota in every phase of the months measured (listed, not counted): \(names(notInPhase)).")
        }
        let missing = lines.filter {
            if case .noFigure = $0.status { return true }
            return false
        }
        if !missing.isEmpty {
            let when = months.count == 1 ? "for \(months[0])" : "in every month of \(months.first!)..\(months.last!)"
            notes.append(
                "No figure in \(selection.source.name) \(when) (listed as missing, left out of the subtotals): "
                    + "\(names(missing))."
            )
        }
        for side in sides {
            switch side.basis {
            case .aggregate(let producer):
                let without = side.participants - lines.filter { $0.side == side.name && $0.isCounted }.count
                notes.append(
                    "Subtotal \(side.name): actual production is the published total of "
                        + "\(selection.source.name) for these \(side.participants) participants "
                        + "(\(producer.code), \(producer.name): \(NumberText.grouped(side.actualKBD ?? 0)) kb/d), "
                        + "since \(without) of them have no figure of their own.")
            case .partial:
                notes.append(
                    "Subtotal \(side.name) covers only the \(side.counted) of \(side.participants) participants with "
                        + "figures."
                )
            case .none where side.participants == 0:
                notes.append("Subtotal \(side.name): no participant has a published reference and required production.")
            case .none:
                notes.append("Subtotal \(side.name): no participant has a figure in \(selection.source.name).")
            case .sum:
                break
            }
        }
        if all.actualKBD != nil && all.counted < all.participants {
            notes.append("All participants covers the \(all.counted) of \(all.participants) participants with figures.")
        }
        return notes
    }
}

extension String {
    /// The numeral with a leading `+` when it is positive.
    fileprivate var withSign: String { hasPrefix("-") || self == "0" ? self : "+" + self }
}
