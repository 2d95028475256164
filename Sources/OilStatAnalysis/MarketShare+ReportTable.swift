import OilStatCore
import OilStatReport

extension MarketShare {
    /// The title line: the scope, the month and the base in words, e.g.
    /// "Market shares, OPEC, 2018-10: share of world production as published by EIA".
    public var title: String { "Market shares, \(scope.name), \(month): share of \(baseDescription)" }

    /// The share table: rank, producer, production in the unit asked and share of the stated base.
    ///
    /// - Parameters:
    ///   - top: show only the `top` largest, with the rest folded into one "Others" line.
    ///   - conversion: the unit production is shown in (shares are always of kb/d).
    public func reportTable(top: Int? = nil, conversion: UnitConversion = .kbd) -> ReportTable {
        let valueKey = conversion.unit == .kbd ? "kbd" : conversion.unit.rawValue
        let columns = [
            ReportColumn(key: "rank", heading: "#"),
            ReportColumn(key: "producer", heading: "Code"),
            ReportColumn(key: "name", heading: "Producer"),
            ReportColumn(key: valueKey, heading: conversion.heading, decimals: conversion.decimals),
            ReportColumn(key: "share_pct", heading: "Share %", decimals: 2),
        ]
        func value(_ entry: Entry) -> Double {
            conversion.convert(entry.kbd, producer: entry.producer.id, month: month)
        }
        let shown = top.map { Array(entries.prefix($0)) } ?? entries
        var rows: [[ReportValue]] = shown.map {
            [
                .number(Double($0.rank)), .text($0.producer.code), .text($0.producer.name), .number(value($0)),
                ReportValue($0.sharePercent),
            ]
        }
        if let top, entries.count > top {
            let rest = entries.dropFirst(top)
            rows.append([
                .text(""), .text(""), .text("Others (\(rest.count))"), .number(rest.reduce(0) { $0 + value($1) }),
                ReportValue(Self.percent(rest.reduce(0) { $0 + $1.kbd }, of: baseKBD)),
            ])
        }
        let totals: [ReportValue] = [
            .text(""), .text(""), .text("Total (\(entries.count) producer\(entries.count == 1 ? "" : "s"))"),
            entries.isEmpty ? .missing : .number(entries.reduce(0) { $0 + value($1) }),
            ReportValue(entries.isEmpty ? nil : totalSharePercent),
        ]
        var notes = [selection.sourceNote]
        notes += conversion.notes(producers: entries.map(\.producer))
        notes.append(baseNote)
        if entries.isEmpty {
            notes.append(
                "No producer of \(scope.name) has a figure from \(selection.source.name) for \(month): "
                    + "nothing to share (`..`, never 0).")
        }
        if let top, !entries.isEmpty, let share = topShare(top) {
            notes.append(
                "Top \(min(top, entries.count)) share: \(NumberText.fixed(share, decimals: 2))% of \(baseDescription).")
        }
        notes += findings
        if !missing.isEmpty {
            notes.append(
                "No figure (not counted as zero): \(missing.map { "\($0.name) (\($0.code))" }.joined(separator: ", "))."
            )
        }
        return ReportTable(title: title, columns: columns, rows: rows, totals: totals, notes: notes)
    }

    /// The note stating the base: what it is, its value, and the other bases.
    public var baseNote: String {
        let value = baseKBD.map { "\(NumberText.grouped($0)) kb/d" } ?? ".. (no figure)"
        var note = "Base (--of \(base.name)): \(baseDescription), \(value)."
        if base == .listed && scope == .world {
            note += " These are the countries \(selection.source.name) lists, not necessarily the world"
            note += " (\(countryCount) countr\(countryCount == 1 ? "y" : "ies")); --of world uses a world total."
        }
        return note
    }
}
