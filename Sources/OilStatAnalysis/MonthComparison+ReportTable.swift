import OilStatCore
import OilStatReport

extension MonthComparison {
    /// The comparison table: both months' kb/d and shares, change in kb/d, percent and share points.
    public func reportTable() -> ReportTable {
        func value(_ x: Double?) -> ReportValue { x.map(ReportValue.number) ?? .missing }
        func kbd(_ x: Double?) -> String { x.map { "\(NumberText.grouped($0)) kb/d" } ?? ".." }
        let columns = [
            ReportColumn(key: "producer", heading: "Code"),
            ReportColumn(key: "name", heading: "Producer"),
            ReportColumn(key: "kbd_\(first.description)", heading: first.description, decimals: 0),
            ReportColumn(key: "kbd_\(second.description)", heading: second.description, decimals: 0),
            ReportColumn(key: "change_kbd", heading: "Change kb/d", decimals: 0, signed: true),
            ReportColumn(key: "change_pct", heading: "Change %", decimals: 2, signed: true),
            ReportColumn(key: "share_\(first.description)_pct", heading: "Share \(first.description) %", decimals: 2),
            ReportColumn(key: "share_\(second.description)_pct", heading: "Share \(second.description) %", decimals: 2),
            ReportColumn(key: "share_change_pp", heading: "Share ch. pp", decimals: 2, signed: true),
        ]
        let rows: [[ReportValue]] = entries.map {
            [
                .text($0.producer.code), .text($0.producer.name), value($0.before), value($0.after), value($0.change),
                value($0.changePercent), value($0.shareBefore), value($0.shareAfter), value($0.sharePointChange),
            ]
        }
        let matchedChange = matchedAfter - matchedBefore
        let any = matchedCount > 0
        let totals: [ReportValue] = [
            .text("Total"), .text("\(matchedCount) producer\(matchedCount == 1 ? "" : "s") in both months"),
            any ? .number(matchedBefore) : .missing, any ? .number(matchedAfter) : .missing,
            any ? .number(matchedChange) : .missing,
            any && matchedBefore != 0 ? .number(matchedChange / matchedBefore * 100) : .missing,
            .missing, .missing, .missing,
        ]
        var notes = [
            selection.note,
            "Totals cover the producers with a figure in both months (like for like); `..` = no figure, never zero.",
            "Shares (--of \(base.name)): of \(baseDescription)"
                + (base == .listed
                    ? ", \(kbd(baseBefore)) in \(first) and \(kbd(baseAfter)) in \(second)."
                    : "."),
        ]
        if base == .listed && matchedCount == 1 {
            notes.append(
                "Only one producer has a figure in both months: its like-for-like share is 100% by construction; "
                    + "--of world or --of source-total compares shares of a published total.")
        }
        if !any {
            notes.append("No producer has a figure in both \(first) and \(second): no change to show.")
        }
        if totalBefore != matchedBefore || totalAfter != matchedAfter {
            notes.append(
                "Every producer with a figure in either month: \(NumberText.grouped(totalBefore)) kb/d in \(first), "
                    + "\(NumberText.grouped(totalAfter)) kb/d in \(second).")
        }
        return ReportTable(
            title: "\(scope.name): \(first) compared with \(second)", columns: columns, rows: rows, totals: totals,
            notes: notes)
    }
}
