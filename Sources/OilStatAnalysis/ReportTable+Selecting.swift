import OilStatReport

extension ReportTable {
    /// The table with only the columns whose keys are listed, in that order, each optionally with a new heading;
    /// rows, totals and notes follow. Keys not in the table are skipped.
    ///
    /// Reports use it to show the main columns of a wide table on a page; the command line keeps every column.
    func selecting(_ wanted: [(key: String, heading: String?)]) -> ReportTable {
        let picks: [(index: Int, column: ReportColumn)] = wanted.compactMap { key, heading in
            guard let index = columns.firstIndex(where: { $0.key == key }) else { return nil }
            var column = columns[index]
            if let heading { column.heading = heading }
            return (index, column)
        }
        func pick(_ row: [ReportValue]) -> [ReportValue] {
            picks.map { $0.index < row.count ? row[$0.index] : .missing }
        }
        return ReportTable(
            title: title, columns: picks.map(\.column), rows: rows.map(pick), totals: totals.map(pick), notes: notes)
    }
}
