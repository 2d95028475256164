import OilStatCore

extension ProducerChanges {
    /// Replaces each entry's previous month by the value the publication of the entry's own figure gave it (the
    /// version valid on that publication's day), and writes ``vintageNotes``.
    mutating func takePreviousMonthsWithinVintage(database: OilStatDatabase) throws {
        guard let firstMonth = entries.first?.month, let lastMonth = entries.last?.month else { return }
        let versions = try database.figureVersions(
            FigureSelection(
                source: selection.source.id, producer: producer.id, from: firstMonth.previous, through: lastMonth,
                product: selection.product.id, flow: selection.flow, unit: selection.unit))
        var byMonth: [Month: [FigureVersion]] = [:]
        for version in versions { byMonth[version.key.month, default: []].append(version) }
        let asOf = database.asOf
        var used: [String] = []
        var fallbacks: [String] = []
        for index in entries.indices where entries[index].kbd != nil {
            let month = entries[index].month
            let latest = byMonth[month]?.first { version in
                asOf.map { version.isValid(on: $0) } ?? (version.supersededBy == nil)
            }
            guard let latest, !latest.vintage.isUndated else {
                fallbacks.append("\(month) (undated)")
                continue
            }
            // The previous month as this publication printed it: a value of the same source and vintage.
            guard let previous = byMonth[month.previous]?.first(where: { $0.vintage == latest.vintage }) else {
                fallbacks.append("\(month) (\(latest.publicationLabel) does not hold \(month.previous))")
                continue
            }
            entries[index].previousMonth = previous.value
            used.append("\(month) and \(month.previous) as printed in \(latest.publicationLabel)")
        }
        vintageNotes = Self.notes(used: used, fallbacks: fallbacks)
    }

    /// The notes: each month's publication (the first few), and the months that fell back to the latest figures.
    private static func notes(used: [String], fallbacks: [String]) -> [String] {
        var notes: [String] = []
        if !used.isEmpty {
            let shown = used.prefix(3).joined(separator: "; ")
            let more = used.count > 3 ? "; and \(used.count - 3) more months likewise" : ""
            notes.append("Month-on-month changes within one publication: \(shown)\(more).")
        }
        if !fallbacks.isEmpty {
            let shown = fallbacks.prefix(3).joined(separator: ", ")
            let more = fallbacks.count > 3 ? " and \(fallbacks.count - 3) more" : ""
            notes.append(
                "Month-on-month changes against the latest figures, as no one publication holds both months: "
                    + "\(shown)\(more).")
        }
        return notes
    }
}
