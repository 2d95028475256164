import OilStatCore

/// The monthly figures of a scope's producers over a run of months, in one unit, with each month's members
/// and total.
///
/// A group's members are taken as of each month (Qatar counts in OPEC's 2018 totals, not in 2019's). A
/// month's total is the sum over its members when every member has a figure; otherwise the source's own
/// published total for the group (a stored aggregate whose code is the group id in capitals, e.g. `OPEC`)
/// when there is one; otherwise missing, or with `allowPartial` the sum over the members that have a figure.
public struct ProductionPanel: Sendable {
    /// How a month's total was obtained.
    public enum TotalBasis: Sendable, Equatable {
        /// The sum over every member.
        case sum
        /// The source's published total for the group (the members lack figures).
        case aggregate
        /// The sum over the members with a figure; the others are missing.
        case partial(missing: [Int])
        /// No total: these members have no figure.
        case missing(missing: [Int])
    }

    /// A month's total and how it was obtained.
    public struct Total: Sendable, Equatable {
        public var value: Double?
        public var basis: TotalBasis
    }

    /// The months covered, ascending.
    public let months: [Month]
    public let scope: ProducerScope
    public let selection: SeriesSelection
    public let conversion: UnitConversion
    /// Member producer ids by month.
    public let members: [Month: Set<Int>]
    /// Values in the report's unit by producer id and month (members and non-members alike).
    public let values: [Int: [Month: Double]]
    /// Every producer that is a member in at least one month, by id.
    public let producers: [Int: Producer]
    /// The stored aggregate that is the source's own total for the group, if any.
    public let aggregate: Producer?
    /// The aggregate's values in the report's unit, by month.
    public let aggregateValues: [Month: Double]
    /// The first month the group's membership is recorded for (earlier months have no members), for groups.
    public let membershipRecordedFrom: Month?

    /// Loads `months` of `scope` from the series `selection`, converted to `unit`.
    public static func load(
        scope: ProducerScope, months: [Month], selection: SeriesSelection, unit: ProductionUnit,
        database: OilStatDatabase
    ) throws -> ProductionPanel {
        let months = Array(Set(months)).sorted()
        var raw: [Month: [Int: Double]] = [:]
        for month in months {
            raw[month] = try database.values(
                month: month, source: selection.source.id, product: selection.product.id,
                flow: selection.flow, unit: selection.unit)
        }
        let allIDs = Set(raw.values.flatMap(\.keys))
        let known = try database.producers(ids: allIDs)
        var members: [Month: Set<Int>] = [:]
        var aggregate: Producer?
        var recordedFrom: Month?
        switch scope {
        case .group(let group):
            let memberships = try database.memberships(group: group.id)
            for month in months {
                members[month] = Set(memberships.filter { $0.covers(month) }.map(\.producerId))
            }
            recordedFrom = memberships.compactMap { Month($0.fromMonth) }.min()
            aggregate = try database.aggregate(code: group.id)
        case .producers(let list):
            for month in months { members[month] = Set(list.map(\.id)) }
        case .world, .nonOPEC:
            for month in months {
                let countries = Set(raw[month, default: [:]].keys.filter { known[$0]?.isCountry == true })
                members[month] =
                    try scope.members(in: month, database: database).map { countries.intersection($0) } ?? countries
            }
        }
        let memberIDs = Set(members.values.flatMap { $0 })
        var producers = try database.producers(ids: memberIDs)
        if case .producers(let list) = scope { for producer in list { producers[producer.id] = producer } }
        let conversion = try UnitConversion.load(
            unit: unit, producers: memberIDs, preferredSource: selection.source.id, database: database)
        var values: [Int: [Month: Double]] = [:]
        var aggregateValues: [Month: Double] = [:]
        for (month, byProducer) in raw {
            for (producer, kbd) in byProducer where memberIDs.contains(producer) {
                values[producer, default: [:]][month] = conversion.convert(kbd, producer: producer, month: month)
            }
            if let aggregate, let kbd = byProducer[aggregate.id] {
                aggregateValues[month] = conversion.convert(kbd, producer: aggregate.id, month: month)
            }
        }
        return ProductionPanel(
            months: months, scope: scope, selection: selection, conversion: conversion, members: members,
            values: values, producers: producers, aggregate: aggregate, aggregateValues: aggregateValues,
            membershipRecordedFrom: recordedFrom)
    }

    /// Whether `producer` is a member in `month`.
    public func isMember(_ producer: Int, in month: Month) -> Bool { members[month]?.contains(producer) ?? false }

    /// The value of `producer` in `month`, or nil when it has no figure.
    public func value(_ producer: Int, in month: Month) -> Double? { values[producer]?[month] }

    /// The scope's total in `month` (see the type's description for the rules).
    public func total(in month: Month, allowPartial: Bool = false) -> Total {
        let memberSet = members[month] ?? []
        let withFigure = memberSet.filter { values[$0]?[month] != nil }
        let missing = memberSet.subtracting(withFigure).sorted()
        let sum = withFigure.reduce(0.0) { $0 + values[$1]![month]! }
        if !memberSet.isEmpty && missing.isEmpty { return Total(value: sum, basis: .sum) }
        if let published = aggregateValues[month] { return Total(value: published, basis: .aggregate) }
        if allowPartial && !withFigure.isEmpty { return Total(value: sum, basis: .partial(missing: missing)) }
        return Total(value: nil, basis: .missing(missing: missing))
    }

    /// The producers that are members in some month, sorted by name (as MOMR lists them).
    public var producersByName: [Producer] {
        producers.values.sorted { ($0.name, $0.code) < ($1.name, $1.code) }
    }

    /// Membership changes inside the months covered, e.g. `Qatar until 2018-12`, `Congo from 2018-06`.
    public var membershipChanges: [String] {
        guard let first = months.first, let last = months.last else { return [] }
        var changes: [String] = []
        for producer in producersByName {
            let memberMonths = months.filter { isMember(producer.id, in: $0) }
            guard let joined = memberMonths.first, let left = memberMonths.last else { continue }
            var parts: [String] = []
            if joined > first && joined != membershipRecordedFrom { parts.append("from \(joined)") }
            if left < last { parts.append("until \(left)") }
            if memberMonths.count < (joined.index...left.index).count { parts.append("with gaps") }
            if !parts.isEmpty { changes.append("\(producer.name) \(parts.joined(separator: ", "))") }
        }
        if let recorded = membershipRecordedFrom, recorded > first {
            changes.insert("membership is recorded from \(recorded) only (no members before)", at: 0)
        }
        return changes
    }
}
