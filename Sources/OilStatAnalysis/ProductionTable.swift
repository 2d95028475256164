import OilStatCore

/// A production table in the layout of OPEC's Monthly Oil Market Report (MOMR, "crude oil production based on
/// secondary sources"): the two previous annual averages, the last quarters, the last three months and the
/// month-on-month change, one line per member and a group total.
///
/// Members are taken as of each month: a producer is shown (`..`) where it was not a member, and totals count
/// the members of each month. Annual and quarterly rates are day-weighted averages (sum of value × days /
/// sum of days), given only when every month of the period has a figure, or, with `allowPartial`, from the
/// months that have one (and flagged). For December 2018 the columns are 2016, 2017, 2Q18, 3Q18, 4Q18,
/// Oct 18, Nov 18, Dec 18 and Dec/Nov.
public struct ProductionTable: Sendable {
    /// What a column holds.
    public enum ColumnKind: Sendable, Equatable {
        /// The average (or, for volumes, the total) over a period.
        case period(Period)
        /// The change from `previous` to `current`.
        case monthOnMonth(current: Month, previous: Month)

        /// The column key: `y2016`, `q3_2018`, `m2018_10`, `mom_change`.
        public var key: String {
            switch self {
            case .period(let period): return period.key
            case .monthOnMonth: return "mom_change"
            }
        }

        /// The heading MOMR prints: `2016`, `3Q18`, `Oct 18`, `Dec/Nov`.
        public var heading: String {
            switch self {
            case .period(let period): return period.label
            case .monthOnMonth(let current, let previous):
                return "\(current.shortLabel.prefix(3))/\(previous.shortLabel.prefix(3))"
            }
        }
    }

    /// One cell: a value, and whether it rests on only some months (or members).
    public struct Cell: Sendable, Equatable {
        public var value: Double?
        public var isPartial: Bool

        public init(value: Double?, isPartial: Bool = false) {
            self.value = value
            self.isPartial = isPartial
        }
    }

    /// One line: a member (or the total) with one cell per column.
    public struct Line: Sendable, Equatable {
        /// The member; nil for the total line.
        public var producer: Producer?
        public var name: String
        public var cells: [Cell]
    }

    /// The month the table is for.
    public var month: Month
    public var scope: ProducerScope
    public var selection: SeriesSelection
    public var conversion: UnitConversion
    public var allowPartial: Bool
    public var columns: [ColumnKind]
    /// Members of any month covered, by name.
    public var lines: [Line]
    public var total: Line
    /// How each month's total was obtained.
    public var totalBases: [Month: ProductionPanel.TotalBasis]
    /// The stored aggregate used for totals when members lack figures, if any.
    public var aggregate: Producer?
    /// Membership changes inside the months covered, e.g. `Qatar until 2018-12`.
    public var membershipChanges: [String]

    /// The columns for `month`: the two previous years, the two quarters before the month's quarter, the month's
    /// quarter to date (when the month is not the first of its quarter), the last three months and the change.
    public static func columns(for month: Month) -> [ColumnKind] {
        let current = Period.containing(month, kind: .quarter)
        var periods = [
            Period.year(month.year - 2), Period.year(month.year - 1), current.previous.previous, current.previous,
        ]
        if month != current.first { periods.append(current.through(month)) }
        periods += [month.adding(-2), month.previous, month].map(Period.month)
        return periods.map(ColumnKind.period) + [.monthOnMonth(current: month, previous: month.previous)]
    }

    /// Builds the table of `scope` for `month` from the series `selection`, in `unit`.
    public static func compute(
        month: Month, scope: ProducerScope, selection: SeriesSelection, unit: ProductionUnit = .kbd,
        allowPartial: Bool = false, database: OilStatDatabase
    ) throws -> ProductionTable {
        let columns = columns(for: month)
        let first = columns.compactMap {
            if case .period(let period) = $0 { return period.first }
            return nil
        }.min()!
        let panel = try ProductionPanel.load(
            scope: scope, months: Month.range(first, month), selection: selection, unit: unit, database: database)
        let isRate = unit.isRate

        func producerCell(_ producer: Int, _ column: ColumnKind) -> Cell {
            switch column {
            case .period(let period):
                let memberMonths = period.months.filter { panel.isMember(producer, in: $0) }
                guard !memberMonths.isEmpty, memberMonths.count == period.months.count || allowPartial else {
                    return Cell(value: nil)
                }
                var values: [Month: Double] = [:]
                for month in memberMonths { values[month] = panel.value(producer, in: month) }
                let average = PeriodAverage.compute(period, values: values, isRate: isRate, allowPartial: allowPartial)
                return Cell(value: average.value, isPartial: average.isPartial)
            case .monthOnMonth(let current, let previous):
                guard panel.isMember(producer, in: current), panel.isMember(producer, in: previous),
                    let now = panel.value(producer, in: current), let before = panel.value(producer, in: previous)
                else { return Cell(value: nil) }
                return Cell(value: now - before)
            }
        }
        var bases: [Month: ProductionPanel.TotalBasis] = [:]
        var totals: [Month: Double] = [:]
        var partialMonths = Set<Month>()
        for month in panel.months {
            let total = panel.total(in: month, allowPartial: allowPartial)
            bases[month] = total.basis
            if let value = total.value { totals[month] = value }
            if case .partial = total.basis { partialMonths.insert(month) }
        }
        func totalCell(_ column: ColumnKind) -> Cell {
            switch column {
            case .period(let period):
                let average = PeriodAverage.compute(period, values: totals, isRate: isRate, allowPartial: allowPartial)
                return Cell(
                    value: average.value,
                    isPartial: average.isPartial
                        || (average.value != nil && period.months.contains(where: partialMonths.contains)))
            case .monthOnMonth(let current, let previous):
                guard let now = totals[current], let before = totals[previous] else { return Cell(value: nil) }
                return Cell(
                    value: now - before, isPartial: partialMonths.contains(current) || partialMonths.contains(previous))
            }
        }
        let lines = panel.producersByName.map { producer in
            Line(producer: producer, name: producer.name, cells: columns.map { producerCell(producer.id, $0) })
        }
        let total = Line(producer: nil, name: "Total \(scope.name)", cells: columns.map(totalCell))
        return ProductionTable(
            month: month, scope: scope, selection: selection, conversion: panel.conversion, allowPartial: allowPartial,
            columns: columns, lines: lines, total: total, totalBases: bases, aggregate: panel.aggregate,
            membershipChanges: panel.membershipChanges)
    }
}
