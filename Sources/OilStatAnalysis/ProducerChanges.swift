import OilStatCore

/// One producer's production month by month with its month-on-month and year-on-year changes.
public struct ProducerChanges: Sendable {
    /// One month's line; changes are missing when the month compared against has no figure.
    public struct Entry: Sendable, Equatable {
        public var month: Month
        public var kbd: Double?
        public var previousMonth: Double?
        public var yearAgo: Double?
        public var monthOnMonth: Double? { kbd.flatMap { v in previousMonth.map { v - $0 } } }
        public var monthOnMonthPercent: Double? {
            guard let kbd, let previousMonth, previousMonth != 0 else { return nil }
            return (kbd - previousMonth) / previousMonth * 100
        }
        public var yearOnYear: Double? { kbd.flatMap { v in yearAgo.map { v - $0 } } }
        public var yearOnYearPercent: Double? {
            guard let kbd, let yearAgo, yearAgo != 0 else { return nil }
            return (kbd - yearAgo) / yearAgo * 100
        }
    }

    public var producer: Producer
    public var selection: SeriesSelection
    /// Every month from the first through the last asked, with or without a figure.
    public var entries: [Entry]

    /// Which vintages the month-on-month changes used (``compute(producer:from:to:selection:database:withinVintage:)``
    /// with `withinVintage`); empty when every month is the latest figure.
    public var vintageNotes: [String] = []

    /// Computes the changes of `producer` from `first` through `last`, from the figures `database` answers with
    /// (the latest, or as of its `OilStatDatabase.asOf(_:)`).
    ///
    /// With `withinVintage`, each month-on-month change takes the previous month as the publication of the later
    /// month's figure printed it (the publisher's own change), falling back to the latest figure when that
    /// publication has none; ``vintageNotes`` say which.
    public static func compute(
        producer: Producer, from first: Month, to last: Month, selection: SeriesSelection,
        database: OilStatDatabase, withinVintage: Bool = false
    ) throws -> ProducerChanges {
        let series = try database.series(
            producer: producer.id, from: first.adding(-12), to: last, source: selection.source.id,
            product: selection.product.id, flow: selection.flow, unit: selection.unit)
        let entries = Month.range(first, last).map {
            Entry(month: $0, kbd: series[$0], previousMonth: series[$0.previous], yearAgo: series[$0.yearAgo])
        }
        var changes = ProducerChanges(producer: producer, selection: selection, entries: entries)
        if withinVintage { try changes.takePreviousMonthsWithinVintage(database: database) }
        if let day = database.asOf { changes.vintageNotes.insert("Figures as published by \(day).", at: 0) }
        return changes
    }
}
