import OilStatReport

extension ShareRow {
    /// The share task's rows from a JODI file as a report table (for the table, JSON and Markdown formats; CSV has a
    /// faster path).
    public static func reportTable(_ rows: [ShareRow], fileName: String) -> ReportTable {
        reportTable(
            rows, title: "Crude oil production shares by month, \(fileName)",
            notes: [
                "JODI CRUDEOIL / INDPROD / KBD rows; share of the month's total of every country "
                    + "reporting; MoM against the immediately preceding month only; `..` = no figure."
            ])
    }

    /// The share task's rows as a report table with `title` and `notes` (which name the source, base and unit).
    public static func reportTable(_ rows: [ShareRow], title: String, notes: [String]) -> ReportTable {
        let columns = [
            ReportColumn(key: "country", heading: "Country"), ReportColumn(key: "month", heading: "Month"),
            ReportColumn(key: "kbd", heading: "kb/d", decimals: 4),
            ReportColumn(key: "share_pct", heading: "Share %", decimals: 4),
            ReportColumn(key: "mom_change_kbd", heading: "MoM kb/d", decimals: 4, signed: true),
            ReportColumn(key: "mom_change_pct", heading: "MoM %", decimals: 4, signed: true),
        ]
        let body: [[ReportValue]] = rows.map {
            [
                .text($0.country), .text($0.month), .number($0.kbd), ReportValue($0.sharePct),
                ReportValue($0.momChangeKBD), ReportValue($0.momChangePct),
            ]
        }
        return ReportTable(title: title, columns: columns, rows: body, notes: notes)
    }
}
