import OilStatCore
import OilStatReport

extension ProductionTable {
    /// The MOMR-style table: code and name, one column per period, the change, and the group total.
    public func reportTable() -> ReportTable {
        var reportColumns = [
            ReportColumn(key: "producer", heading: "Code"), ReportColumn(key: "name", heading: "Producer"),
        ]
        for column in columns {
            if case .monthOnMonth = column {
                reportColumns.append(
                    ReportColumn(key: column.key, heading: column.heading, decimals: conversion.decimals, signed: true))
            } else {
                reportColumns.append(
                    ReportColumn(key: column.key, heading: column.heading, decimals: conversion.decimals))
            }
        }
        let rows: [[ReportValue]] = lines.map { line in
            [.text(line.producer?.code ?? ""), .text(line.name)] + line.cells.map { ReportValue($0.value) }
        }
        let totals: [ReportValue] = [.text(""), .text(total.name)] + total.cells.map { ReportValue($0.value) }
        let title =
            "\(scope.name) \(selection.product.name.lowercased()) production based on \(selection.source.name), "
            + "\(conversion.heading), \(month.shortLabel)"
        return ReportTable(title: title, columns: reportColumns, rows: rows, totals: totals, notes: notes)
    }

    /// The notes: source, unit, averaging rule, membership changes, how totals were obtained and partial cells.
    var notes: [String] {
        var notes = [selection.sourceNote]
        notes += conversion.notes(producers: lines.compactMap(\.producer))
        let rule =
            conversion.unit.isRate
            ? "Annual and quarterly figures are day-weighted averages (sum of value × days / sum of days)"
            : "Annual and quarterly figures are sums of the monthly volumes"
        notes.append(
            allowPartial
                ? "\(rule); with --partial they use the months that have a figure (partial cells are listed below). "
                    + "`..` = no figure, or not a member."
                : "\(rule), shown only when every month of the period has a figure (--partial shows the others). `..` "
                    + "= no figure, or not a member."
        )
        if scope == .world || scope == .nonOPEC {
            notes.append(
                "\(scope.name): the countries with a figure in each month, so the total covers those countries only.")
        }
        if !membershipChanges.isEmpty {
            notes.append("Members as of each month: \(membershipChanges.joined(separator: "; ")).")
        }
        var shownMonths = Set<Month>()
        for (column, cell) in zip(columns, total.cells) where cell.value != nil {
            switch column {
            case .period(let period): shownMonths.formUnion(period.months)
            case .monthOnMonth(let current, let previous): shownMonths.formUnion([current, previous])
            }
        }
        let fromAggregate = shownMonths.filter { totalBases[$0] == .aggregate }.sorted()
        if let aggregate, !fromAggregate.isEmpty {
            notes.append(
                "\(total.name) for \(fromAggregate.map(\.shortLabel).joined(separator: ", ")) is the published total "
                    + "of \(selection.source.name) (\(aggregate.code)), since not every member has a figure; it "
                    + "follows the membership of the report that printed it."
            )
        }
        var partial: [String] = []
        for line in lines + [total] {
            let cells = zip(columns, line.cells).filter { $0.1.isPartial }.map { $0.0.heading }
            if !cells.isEmpty { partial.append("\(line.name) \(cells.joined(separator: ", "))") }
        }
        if !partial.isEmpty {
            notes.append("Partial (not every month or member has a figure): \(partial.joined(separator: "; ")).")
        }
        notes.append("Totals may not add up due to independent rounding.")
        return notes
    }
}
