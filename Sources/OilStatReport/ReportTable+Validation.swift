extension ReportTable {
    /// Checks that every row has one cell per column and that column keys are unique.
    ///
    /// Renderers never fail: they treat absent cells as missing and ignore extra ones. Call this in tests or
    /// before writing files to catch a table built wrongly.
    ///
    /// - Throws: ``ReportTableError`` for the first problem found.
    public func validate() throws(ReportTableError) {
        var seen = Set<String>()
        for column in columns where !seen.insert(column.key).inserted {
            throw .duplicateKey(column.key)
        }
        for (index, row) in rows.enumerated() where row.count != columns.count {
            throw .cellCount(row: index, expected: columns.count, found: row.count)
        }
        if let totals, totals.count != columns.count {
            throw .cellCount(row: nil, expected: columns.count, found: totals.count)
        }
    }
}
