import OilStatCore
import OilStatReport

extension Ranking {
    /// The ranking table: rank, producer, production and share, and (with a compared month) the previous rank,
    /// the places gained and the previous production.
    ///
    /// - Parameter conversion: the unit production is shown in (ranks and shares are always by kb/d).
    public func reportTable(conversion: UnitConversion = .kbd) -> ReportTable {
        let unitKey = conversion.unit.rawValue
        var columns = [
            ReportColumn(key: "rank", heading: "#"),
            ReportColumn(key: "producer", heading: "Code"),
            ReportColumn(key: "name", heading: "Producer"),
            ReportColumn(
                key: "\(unitKey)_\(month.description)", heading: "\(month.shortLabel) \(conversion.heading)",
                decimals: conversion.decimals),
            ReportColumn(key: "share_pct", heading: "Share %", decimals: 2),
        ]
        if let comparedMonth {
            columns += [
                ReportColumn(key: "rank_\(comparedMonth.description)", heading: "# \(comparedMonth.shortLabel)"),
                ReportColumn(key: "rank_change", heading: "Rank ch.", signed: true),
                ReportColumn(
                    key: "\(unitKey)_\(comparedMonth.description)",
                    heading: "\(comparedMonth.shortLabel) \(conversion.heading)", decimals: conversion.decimals),
                ReportColumn(key: "change_\(unitKey)", heading: "Change", decimals: conversion.decimals, signed: true),
            ]
        }
        let rows: [[ReportValue]] = entries.map { entry in
            let value = conversion.convert(entry.kbd, producer: entry.producer.id, month: month)
            var row: [ReportValue] = [
                .number(Double(entry.rank)), .text(entry.producer.code), .text(entry.producer.name), .number(value),
                ReportValue(entry.sharePercent),
            ]
            if let comparedMonth {
                let before = entry.previousKBD.map {
                    conversion.convert($0, producer: entry.producer.id, month: comparedMonth)
                }
                row += [
                    ReportValue(entry.previousRank.map(Double.init)), ReportValue(entry.rankChange.map(Double.init)),
                    ReportValue(before),
                    ReportValue(before.map { value - $0 }),
                ]
            }
            return row
        }
        var notes = [selection.sourceNote]
        notes += conversion.notes(producers: entries.map(\.producer))
        notes.append(
            "Ranked by production among the producers with a figure (\(scope.name)); shares of their total "
                + "(base: listed).")
        if let comparedMonth {
            notes.append(
                "Rank ch. = places gained since \(comparedMonth) (positive = up); `..` = no figure in "
                    + "\(comparedMonth) (new in the ranking)."
            )
            if !droppedOut.isEmpty {
                notes.append(
                    "Ranked in \(comparedMonth) but without a figure in \(month): "
                        + "\(droppedOut.map { "\($0.producer.name) (#\($0.rank))" }.joined(separator: ", "))."
                )
            }
        }
        let title = "Ranking, \(scope.name), \(month)" + (comparedMonth.map { " compared with \($0)" } ?? "")
        return ReportTable(title: title, columns: columns, rows: rows, notes: notes)
    }
}
