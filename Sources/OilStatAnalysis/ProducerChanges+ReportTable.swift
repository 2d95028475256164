import OilStatCore
import OilStatReport

extension ProducerChanges {
    /// The changes table: one row per month with kb/d, month-on-month and year-on-year changes.
    public func reportTable() -> ReportTable {
        func value(_ x: Double?) -> ReportValue { x.map(ReportValue.number) ?? .missing }
        let columns = [
            ReportColumn(key: "month", heading: "Month"),
            ReportColumn(key: "kbd", heading: "kb/d", decimals: 0),
            ReportColumn(key: "mom_kbd", heading: "MoM kb/d", decimals: 0, signed: true),
            ReportColumn(key: "mom_pct", heading: "MoM %", decimals: 2, signed: true),
            ReportColumn(key: "yoy_kbd", heading: "YoY kb/d", decimals: 0, signed: true),
            ReportColumn(key: "yoy_pct", heading: "YoY %", decimals: 2, signed: true),
        ]
        let rows: [[ReportValue]] = entries.map {
            [
                .text($0.month.description), value($0.kbd), value($0.monthOnMonth), value($0.monthOnMonthPercent),
                value($0.yearOnYear), value($0.yearOnYearPercent),
            ]
        }
        let withData = entries.filter { $0.kbd != nil }.count
        return ReportTable(
            title: "\(producer.name) (\(producer.code)): monthly changes", columns: columns, rows: rows,
            notes: [
                selection.note, "\(withData) of \(entries.count) months have a figure; `..` = no figure, never zero.",
            ] + vintageNotes)
    }
}
