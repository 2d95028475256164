extension ReportTable {
    /// The cell of `row` under column `index`, or ``ReportValue/missing`` when the row is short.
    ///
    /// Renderers read cells through this so that a row with too few cells still renders (extra cells are ignored);
    /// ``validate()`` reports such rows.
    func cell(_ row: [ReportValue], _ index: Int) -> ReportValue {
        index < row.count ? row[index] : .missing
    }

    /// Whether column `index` holds numbers: it has a number somewhere and no text in the body rows.
    ///
    /// Number columns are right-aligned on a terminal, in Markdown and in HTML. The totals row may hold text
    /// (e.g. `n/a`) in a number column without changing its alignment.
    func isNumericColumn(_ index: Int) -> Bool {
        var hasNumber = false
        for row in rows {
            switch cell(row, index) {
            case .text: return false
            case .number: hasNumber = true
            case .missing: break
            }
        }
        if !hasNumber, let totals, case .number = cell(totals, index) { hasNumber = true }
        return hasNumber
    }

    /// The body rows followed by the totals row, if any, each with exactly one cell per column.
    var rowsWithTotals: [[ReportValue]] {
        var all = rows
        if let totals { all.append(totals) }
        return all.map { row in columns.indices.map { cell(row, $0) } }
    }
}
