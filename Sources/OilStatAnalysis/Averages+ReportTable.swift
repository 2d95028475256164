import OilStatCore
import OilStatReport

extension Averages {
    /// The averages table: one line per period with its months, the average (or total) and the change.
    public func reportTable() -> ReportTable {
        let unitKey = conversion.unit.rawValue
        let valueWord = conversion.unit.isRate ? "Average" : "Total"
        let columns = [
            ReportColumn(key: "period", heading: "Period"),
            ReportColumn(key: "from", heading: "From"),
            ReportColumn(key: "to", heading: "To"),
            ReportColumn(key: "months_with_data", heading: "Months"),
            ReportColumn(key: "days", heading: "Days"),
            ReportColumn(
                key: "\(valueWord.lowercased())_\(unitKey)", heading: "\(valueWord) \(conversion.heading)",
                decimals: conversion.decimals),
            ReportColumn(key: "change_\(unitKey)", heading: "Change", decimals: conversion.decimals, signed: true),
            ReportColumn(key: "change_pct", heading: "Change %", decimals: 2, signed: true),
        ]
        let rows: [[ReportValue]] = entries.map { entry in
            let average = entry.average
            return [
                .text(average.period.label), .text(average.period.first.description),
                .text(average.period.last.description),
                .text("\(average.monthsWithData) of \(average.monthCount)"), .number(Double(average.period.days)),
                ReportValue(average.value), ReportValue(entry.change), ReportValue(entry.changePercent),
            ]
        }
        let by = kind == .year ? "annual" : kind == .quarter ? "quarterly" : "monthly"
        return ReportTable(
            title: "\(subject.name): \(by) \(conversion.unit.isRate ? "averages" : "totals"), \(conversion.heading)",
            columns: columns, rows: rows, notes: notes)
    }

    /// The notes: source, unit, the averaging rule, membership and how group totals were obtained.
    var notes: [String] {
        var notes = [selection.sourceNote]
        var shown: [Producer] = []
        if case .producer(let producer) = subject { shown = [producer] }
        notes += conversion.notes(producers: shown)
        let rule =
            conversion.unit.isRate
            ? "Averages are day-weighted (sum of value × days / sum of days; February has 29 days in leap years)"
            : "Totals are sums of the monthly volumes"
        notes.append(
            allowPartial
                ? "\(rule); with --partial a period with missing months uses those that have a figure (Months says "
                    + "how many)."
                : "\(rule), shown only when every month of the period has a figure (--partial shows the others). `..` "
                    + "= not available."
        )
        if case .scope(let scope) = subject {
            if scope == .world || scope == .nonOPEC {
                notes.append(
                    "\(scope.name) total: the countries with a figure in each month (no fixed membership to check "
                        + "against)."
                )
            } else {
                notes.append("\(scope.name) total: the members of each month (group membership as of the month).")
            }
            if !membershipChanges.isEmpty {
                notes.append("Membership changes: \(membershipChanges.joined(separator: "; ")).")
            }
            if let aggregate, !aggregateMonths.isEmpty {
                notes.append(
                    "For \(aggregateMonths.map(\.description).joined(separator: ", ")) the total is the published "
                        + "total of \(selection.source.name) (\(aggregate.code)), since not every member has a figure."
                )
            }
            if !partialMonths.isEmpty {
                notes.append(
                    "Partial totals (members without a figure left out): "
                        + "\(partialMonths.map(\.description).joined(separator: ", "))."
                )
            }
        }
        return notes
    }
}
