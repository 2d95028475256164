import OilStatCore
import OilStatReport

extension MarketShare {
    /// The share table: rank, producer, kb/d, share of the scope and of the source's total.
    ///
    /// - Parameter top: show only the `top` largest, with the rest folded into one "Others" line.
    public func reportTable(top: Int? = nil) -> ReportTable {
        let columns = [
            ReportColumn(key: "rank", heading: "#"),
            ReportColumn(key: "producer", heading: "Code"),
            ReportColumn(key: "name", heading: "Producer"),
            ReportColumn(key: "kbd", heading: "kb/d", decimals: 0),
            ReportColumn(key: "share_pct", heading: "Share %", decimals: 2),
            ReportColumn(key: "share_of_all_pct", heading: "Of all %", decimals: 2),
        ]
        let shown = top.map { Array(entries.prefix($0)) } ?? entries
        var rows: [[ReportValue]] = shown.map {
            [
                .number(Double($0.rank)), .text($0.producer.code), .text($0.producer.name), .number($0.kbd),
                .number($0.sharePercent), .number($0.worldSharePercent),
            ]
        }
        if let top, entries.count > top {
            let rest = entries.dropFirst(top)
            let kbd = rest.reduce(0) { $0 + $1.kbd }
            rows.append([
                .text(""), .text(""), .text("Others (\(rest.count))"), .number(kbd),
                .number(rest.reduce(0) { $0 + $1.sharePercent }), .number(rest.reduce(0) { $0 + $1.worldSharePercent }),
            ])
        }
        let totals: [ReportValue] = [
            .text(""), .text(""), .text("Total (\(entries.count) producer\(entries.count == 1 ? "" : "s"))"),
            .number(total),
            .number(entries.isEmpty ? 0 : 100), .number(scopeSharePercent),
        ]
        var notes = [
            selection.note,
            "\(scope.name): \(entries.count) producers with figures; all countries of the source: "
                + "\(worldCount) producing \(NumberText.grouped(worldTotal)) kb/d.",
        ]
        if let top, !entries.isEmpty {
            let share = NumberText.fixed(topShare(top), decimals: 2)
            notes.append("Top \(min(top, entries.count)) share: \(share)% of \(scope.name).")
        }
        if !missing.isEmpty {
            notes.append(
                "No figure (not counted as zero): \(missing.map { "\($0.name) (\($0.code))" }.joined(separator: ", "))."
            )
        }
        return ReportTable(
            title: "Market shares, \(scope.name), \(month)", columns: columns, rows: rows, totals: totals, notes: notes)
    }
}
