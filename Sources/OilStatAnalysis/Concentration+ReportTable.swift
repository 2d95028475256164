import OilStatCore
import OilStatReport

extension Concentration {
    /// The concentration table: one line per month (the month, then the compared month) and their difference.
    public func reportTable() -> ReportTable {
        var columns = [
            ReportColumn(key: "month", heading: "Month"),
            ReportColumn(key: "producers", heading: "Producers"),
            ReportColumn(key: "total_kbd", heading: "Total kb/d", decimals: 0),
        ]
        columns += Concentration.topSizes.map { ReportColumn(key: "top\($0)_pct", heading: "Top \($0) %", decimals: 2) }
        columns.append(ReportColumn(key: "hhi", heading: "HHI", decimals: 0))
        for set in current.sets {
            let key = set.name.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
            columns.append(ReportColumn(key: "share_\(key)_pct", heading: "\(set.name) %", decimals: 2))
        }
        func value(_ x: Double?) -> ReportValue { x.map(ReportValue.number) ?? .missing }
        func difference(_ a: Double?, _ b: Double?) -> ReportValue { value(a.flatMap { a in b.map { a - $0 } }) }
        func row(_ snapshot: Snapshot) -> [ReportValue] {
            let empty = snapshot.producerCount == 0
            return [
                .text(snapshot.month.description), .number(Double(snapshot.producerCount)),
                empty ? .missing : .number(snapshot.totalKBD),
            ]
                + Concentration.topSizes.map { value(snapshot.topShares[$0]) }
                + [empty ? .missing : .number(snapshot.hhi)] + snapshot.sets.map { value($0.sharePercent) }
        }
        var rows = [row(current)]
        var totals: [ReportValue]?
        if let compared {
            rows.append(row(compared))
            var change: [ReportValue] = [
                .text("Change"), .number(Double(current.producerCount - compared.producerCount)),
                .number(current.totalKBD - compared.totalKBD),
            ]
            change += Concentration.topSizes.map { difference(current.topShares[$0], compared.topShares[$0]) }
            change.append(.number(current.hhi - compared.hhi))
            change += zip(current.sets, compared.sets).map { difference($0.sharePercent, $1.sharePercent) }
            totals = change
        }
        let when = compared.map { "\(current.month) and \($0.month)" } ?? current.month.description
        return ReportTable(
            title: "Concentration of production, \(scope.name), \(when)", columns: columns, rows: rows, totals: totals,
            notes: notes)
    }

    /// The notes: source and unit, the measures' definitions, and set members left out.
    var notes: [String] {
        var notes = [
            selection.sourceNote,
            "Unit: kb/d (thousand barrels per day); shares in percent of the total of the producers with a figure "
                + "(base: listed; scope: \(scope.name)).",
        ]
        notes.append(
            "HHI = sum of squared percentage shares (0–10,000; 10,000 = one producer). Top N = combined share of the "
                + "N largest."
        )
        for snapshot in [current] + (compared.map { [$0] } ?? []) {
            if !snapshot.withoutFigures.isEmpty {
                notes.append(
                    "\(snapshot.month): \(scope.name) members without a figure (not counted): "
                        + "\(snapshot.withoutFigures.map(\.code).joined(separator: ", "))."
                )
            }
            let small = Concentration.topSizes.filter { $0 > snapshot.producerCount }
            if !small.isEmpty {
                notes.append(
                    "\(snapshot.month): only \(snapshot.producerCount) producers have a figure, so Top "
                        + "\(small.map(String.init).joined(separator: "/")) cover all of them."
                )
            }
            for set in snapshot.sets {
                var parts: [String] = []
                if !set.withoutFigures.isEmpty {
                    parts.append("no figure: \(set.withoutFigures.map(\.code).joined(separator: ", "))")
                }
                if !set.outsideScope.isEmpty {
                    parts.append("outside \(scope.name): \(set.outsideScope.map(\.code).joined(separator: ", "))")
                }
                if !parts.isEmpty {
                    notes.append("\(snapshot.month) set \(set.name): \(parts.joined(separator: "; ")) (not counted).")
                }
            }
        }
        if compared != nil {
            notes.append("Change = \(current.month) minus \(compared!.month) (percentage points for shares).")
        }
        return notes
    }
}
