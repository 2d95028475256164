import OilStatCore

/// Quarterly or annual averages of one producer or of a group total, with the change from period to period.
///
/// Rates are day-weighted (sum of value × days / sum of days, so leap Februaries count 29 days); volumes are
/// summed. A period's value is given only when every month has a figure (or, with `allowPartial`, from the
/// months that have one). A group's total counts the members of each month; when not every member has a
/// figure, the source's published total for the group is used if it is stored (see ``ProductionPanel``).
public struct Averages: Sendable {
    /// What is averaged.
    public enum Subject: Sendable, Equatable {
        case producer(Producer)
        case scope(ProducerScope)

        /// The name reports print.
        public var name: String {
            switch self {
            case .producer(let producer): return "\(producer.name) (\(producer.code))"
            case .scope(let scope): return "Total \(scope.name)"
            }
        }
    }

    /// One period's line.
    public struct Entry: Sendable, Equatable {
        public var average: PeriodAverage
        /// The change from the previous period's value, when both have one.
        public var change: Double?
        /// The change in percent of the previous period's value.
        public var changePercent: Double?
    }

    public var subject: Subject
    public var kind: Period.Kind
    public var selection: SeriesSelection
    public var conversion: UnitConversion
    public var allowPartial: Bool
    /// One entry per whole period overlapping the months asked, in order.
    public var entries: [Entry]
    /// Months whose group total is the source's published total, and that aggregate.
    public var aggregateMonths: [Month]
    public var aggregate: Producer?
    /// Months whose group total leaves out members without a figure (only with `allowPartial`).
    public var partialMonths: [Month]
    /// Membership changes inside the months covered (groups only).
    public var membershipChanges: [String]

    /// Averages `subject` by `kind` over the whole periods overlapping `first` through `last`.
    ///
    /// With `first` or `last` nil, the first or last month with a figure from the source is used.
    ///
    /// - Throws: `OilStatError` when the source has no figure to start or end with.
    public static func compute(
        subject: Subject, by kind: Period.Kind, from first: Month?, to last: Month?,
        selection: SeriesSelection, unit: ProductionUnit = .kbd, allowPartial: Bool = false,
        database: OilStatDatabase
    ) throws -> Averages {
        var first = first
        var last = last
        if first == nil || last == nil {
            let available: [Month]
            switch subject {
            case .producer(let producer):
                available = try database.series(
                    producer: producer.id, from: Month(year: 1900, month: 1)!, to: Month(year: 2200, month: 12)!,
                    source: selection.source.id, product: selection.product.id
                ).keys.sorted()
            case .scope:
                available = try database.months(source: selection.source.id, product: selection.product.id)
            }
            guard let earliest = available.first, let latest = available.last else {
                throw OilStatError.notFound(
                    "no figures for \(subject.name) in \(selection.source.name) "
                        + "(\(selection.product.code)); give --from and --to")
            }
            first = first ?? earliest
            last = last ?? latest
        }
        let periods = Period.covering(first!, last!, kind: kind)
        guard let start = periods.first?.first, let end = periods.last?.last else {
            throw OilStatError(message: "--to (\(last!)) is before --from (\(first!))")
        }
        let scope: ProducerScope
        switch subject {
        case .producer(let producer): scope = .producers([producer])
        case .scope(let chosen): scope = chosen
        }
        let panel = try ProductionPanel.load(
            scope: scope, months: Month.range(start, end), selection: selection, unit: unit, database: database)
        var values: [Month: Double] = [:]
        var aggregateMonths: [Month] = []
        var partialMonths: [Month] = []
        switch subject {
        case .producer(let producer):
            values = panel.values[producer.id] ?? [:]
        case .scope:
            for month in panel.months {
                let total = panel.total(in: month, allowPartial: allowPartial)
                values[month] = total.value
                if total.basis == .aggregate { aggregateMonths.append(month) }
                if case .partial = total.basis { partialMonths.append(month) }
            }
        }
        var entries: [Entry] = []
        for period in periods {
            let average = PeriodAverage.compute(period, values: values, isRate: unit.isRate, allowPartial: allowPartial)
            var entry = Entry(average: average, change: nil, changePercent: nil)
            if let previous = entries.last?.average.value, let value = average.value {
                entry.change = value - previous
                entry.changePercent = previous != 0 ? (value - previous) / previous * 100 : nil
            }
            entries.append(entry)
        }
        let isGroup: Bool
        if case .scope = subject { isGroup = true } else { isGroup = false }
        return Averages(
            subject: subject, kind: kind, selection: selection, conversion: panel.conversion,
            allowPartial: allowPartial,
            entries: entries, aggregateMonths: aggregateMonths, aggregate: panel.aggregate,
            partialMonths: partialMonths,
            membershipChanges: isGroup ? panel.membershipChanges : [])
    }
}
