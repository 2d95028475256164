import OilStatCore

/// How far the participants of a production agreement kept to their cuts in a month or over several months.
///
/// For each participant: the reference (baseline), the required production of the phase in force, the
/// actual production from one source, the required cut (reference − required), the actual cut
/// (reference − actual) and conformity = actual cut / required cut × 100, negative when output is above the
/// reference (Reuters' "compliance"). Exempt participants are listed but not counted; participants without a
/// figure are listed as missing and left out of the subtotals, unless the source publishes a total for the
/// whole set of a side (a stored aggregate such as `OPEC11-2016`, see
/// ``AgreementResolver/aggregateCode(side:count:agreement:)``).
///
/// For example, with the Reuters survey of November 2017, Saudi Arabia produced 10,000 kb/d against a reference of
/// 10,544 and a required cut of 486: an actual cut of 544 and a conformity of 112%.
public struct Conformity: Sendable {
    /// Why a participant is or is not counted.
    public enum Status: Sendable, Equatable {
        /// Counted in the subtotals.
        case counted
        /// Exempt from the agreement's cuts: listed, not counted.
        case exempt
        /// No figure from the source in these months: listed, left out of the subtotals.
        case noFigure(months: [Month])
        /// The agreement publishes no reference or required production for the participant.
        case noReference
        /// An OPEC-side participant that was not an OPEC member in these months (Ecuador in 2020).
        case notMember(months: [Month])
        /// The participant has no quota in the phases of these months.
        case notInPhase(months: [Month])
    }

    /// One participant's line.
    public struct Line: Sendable, Equatable {
        public var producer: Producer
        /// `OPEC` or `non-OPEC`.
        public var side: String
        public var status: Status
        /// Reference production, kb/d (day-weighted over the months when they differ).
        public var referenceKBD: Double?
        /// Required production, kb/d.
        public var requiredKBD: Double?
        /// Actual production from the source, kb/d; nil unless every month has a figure.
        public var actualKBD: Double?

        /// The cut the agreement asks for, kb/d (negative when the participant may increase output).
        public var requiredCut: Double? { referenceKBD.flatMap { reference in requiredKBD.map { reference - $0 } } }
        /// The cut achieved, kb/d (negative when output is above the reference).
        public var actualCut: Double? { referenceKBD.flatMap { reference in actualKBD.map { reference - $0 } } }
        /// Actual cut / required cut × 100; nil when either is unknown or no cut is required.
        public var conformityPercent: Double? { Conformity.percent(actualCut, of: requiredCut) }
        /// Whether the participant's allowance is an increase (Iran in 2017).
        public var allowsIncrease: Bool { (requiredCut ?? 0) < 0 }
        /// Whether the line enters the subtotals.
        public var isCounted: Bool { status == .counted }
        /// Whether the line is one the subtotals should cover (counted, or missing only a figure).
        public var hasQuota: Bool {
            if case .noFigure = status { return true }
            return status == .counted
        }
    }

    /// A side's subtotal (OPEC, non-OPEC) or the total over all participants.
    public struct Subtotal: Sendable, Equatable {
        /// Where the actual production of the subtotal comes from.
        public enum Basis: Sendable, Equatable {
            /// The sum over every participant with a quota.
            case sum
            /// The source's published total for the whole set (a stored aggregate).
            case aggregate(Producer)
            /// The sum over the participants with a figure; the others are left out.
            case partial
            /// No participant has a figure.
            case none
        }

        /// `OPEC`, `non-OPEC` or `All participants`.
        public var name: String
        /// Participants with a quota (exempt and non-members excluded).
        public var participants: Int
        /// Participants the figures cover.
        public var counted: Int
        public var referenceKBD: Double?
        public var requiredKBD: Double?
        public var actualKBD: Double?
        public var basis: Basis

        public var requiredCut: Double? { referenceKBD.flatMap { reference in requiredKBD.map { reference - $0 } } }
        public var actualCut: Double? { referenceKBD.flatMap { reference in actualKBD.map { reference - $0 } } }
        public var conformityPercent: Double? { Conformity.percent(actualCut, of: requiredCut) }
    }

    public var agreement: Agreement
    /// The phases in force over the months, in order.
    public var phases: [AgreementPhase]
    /// The months measured (one, or a run averaged over).
    public var months: [Month]
    public var selection: SeriesSelection
    /// Whether the source was chosen by default rather than named.
    public var sourceWasDefault: Bool
    /// Every participant, OPEC side first, then non-OPEC; within a side by name, exempt participants last.
    public var lines: [Line]
    /// One subtotal per side that has participants.
    public var sides: [Subtotal]
    /// The total over the sides that have figures.
    public var all: Subtotal

    /// The default source: the one the agreements' published worked examples come from.
    public static let defaultSource = "Reuters survey"

    /// Actual cut / required cut × 100, when a cut is required.
    static func percent(_ actual: Double?, of required: Double?) -> Double? {
        guard let actual, let required, required > 0 else { return nil }
        return actual / required * 100
    }

    /// Measures conformity with `agreement` over `months` (averages by days when there are several).
    ///
    /// - Throws: `OilStatError` when a month is outside every phase of the agreement, or its phase has no
    ///   per-participant quotas.
    public static func compute(
        agreement: Agreement, months: [Month], selection: SeriesSelection, sourceWasDefault: Bool = false,
        database: OilStatDatabase
    ) throws -> Conformity {
        let months = Array(Set(months)).sorted()
        guard !months.isEmpty else { throw OilStatError(message: "no month given") }
        let resolver = AgreementResolver(database: database)
        var phases: [AgreementPhase] = []
        var quotasByMonth: [Month: [Int: AgreementQuota]] = [:]
        var values: [Month: [Int: Double]] = [:]
        var opecMembers: [Month: Set<Int>] = [:]
        for month in months {
            let (phase, quotas) = try resolver.quotas(of: agreement, in: month)
            guard !quotas.isEmpty else {
                let total =
                    phase.totalAdjustmentKBD.map { ", only the group total \(NumberText.grouped($0)) kb/d" } ?? ""
                throw OilStatError.notFound(
                    "phase \(phase.phase) of \(agreement.id) (\(phase.fromMonth)..\(phase.toMonth)) has no "
                        + "per-participant quotas\(total); no conformity for \(month)")
            }
            if !phases.contains(phase) { phases.append(phase) }
            quotasByMonth[month] = Dictionary(
                quotas.map { ($0.producerId, $0) }, uniquingKeysWith: { first, _ in first })
            values[month] = try database.values(
                month: month, source: selection.source.id, product: selection.product.id,
                flow: selection.flow, unit: selection.unit)
            opecMembers[month] = try ProducerScope.groupMembers("opec", in: month, database: database)
        }
        let participantIDs = Set(quotasByMonth.values.flatMap(\.keys))
        let producers = try database.producers(ids: participantIDs)

        var lines: [Line] = []
        for id in participantIDs {
            guard let producer = producers[id] else { continue }
            let quotaMonths = months.filter { quotasByMonth[$0]?[id] != nil }
            let quotas = quotaMonths.map { quotasByMonth[$0]![id]! }
            let side = quotas.last!.side
            let figures = Dictionary(
                uniqueKeysWithValues: months.compactMap { month in values[month]?[id].map { (month, $0) } })
            let references = Dictionary(
                uniqueKeysWithValues: zip(quotaMonths, quotas).compactMap { month, quota in
                    quota.referenceKBD.map { (month, $0) }
                })
            let required = Dictionary(
                uniqueKeysWithValues: zip(quotaMonths, quotas).compactMap { month, quota in
                    quota.requiredKBD.map { (month, $0) }
                })
            let notMember =
                side == "OPEC"
                ? months.filter { !(opecMembers[$0]?.isEmpty ?? true) && !opecMembers[$0]!.contains(id) } : []
            let status: Status
            if quotas.contains(where: \.exempt) {
                status = .exempt
            } else if quotaMonths.count < months.count {
                status = .notInPhase(months: months.filter { !quotaMonths.contains($0) })
            } else if !notMember.isEmpty {
                status = .notMember(months: notMember)
            } else if references.count < months.count || required.count < months.count {
                status = .noReference
            } else if figures.count < months.count {
                status = .noFigure(months: months.filter { figures[$0] == nil })
            } else {
                status = .counted
            }
            lines.append(
                Line(
                    producer: producer, side: side, status: status,
                    referenceKBD: PeriodAverage.dayWeighted(references),
                    requiredKBD: PeriodAverage.dayWeighted(required),
                    actualKBD: figures.count == months.count ? PeriodAverage.dayWeighted(figures) : nil))
        }
        lines.sort { a, b in
            (a.side == "OPEC" ? 0 : 1, a.status == .exempt ? 1 : 0, a.producer.name) < (
                b.side == "OPEC" ? 0 : 1, b.status == .exempt ? 1 : 0, b.producer.name
            )
        }

        var sides: [Subtotal] = []
        for side in ["OPEC", "non-OPEC"] {
            let sideLines = lines.filter { $0.side == side }
            guard !sideLines.isEmpty else { continue }
            let withQuota = sideLines.filter(\.hasQuota)
            let counted = withQuota.filter(\.isCounted)
            func sums(_ set: [Line]) -> (reference: Double, required: Double) {
                (set.reduce(0) { $0 + $1.referenceKBD! }, set.reduce(0) { $0 + $1.requiredKBD! })
            }
            var subtotal = Subtotal(
                name: side, participants: withQuota.count, counted: 0, referenceKBD: nil, requiredKBD: nil,
                actualKBD: nil, basis: .none)
            if !withQuota.isEmpty && counted.count == withQuota.count {
                let (reference, required) = sums(counted)
                subtotal.counted = counted.count
                subtotal.referenceKBD = reference
                subtotal.requiredKBD = required
                subtotal.actualKBD = counted.reduce(0) { $0 + $1.actualKBD! }
                subtotal.basis = .sum
            } else if !withQuota.isEmpty,
                let aggregate = try storedAggregate(
                    AgreementResolver.aggregateCode(side: side, count: withQuota.count, agreement: agreement),
                    database: database),
                months.allSatisfy({ values[$0]?[aggregate.id] != nil })
            {
                let (reference, required) = sums(withQuota)
                subtotal.counted = withQuota.count
                subtotal.referenceKBD = reference
                subtotal.requiredKBD = required
                subtotal.actualKBD = PeriodAverage.dayWeighted(
                    Dictionary(uniqueKeysWithValues: months.map { ($0, values[$0]![aggregate.id]!) }))
                subtotal.basis = .aggregate(aggregate)
            } else if !counted.isEmpty {
                let (reference, required) = sums(counted)
                subtotal.counted = counted.count
                subtotal.referenceKBD = reference
                subtotal.requiredKBD = required
                subtotal.actualKBD = counted.reduce(0) { $0 + $1.actualKBD! }
                subtotal.basis = .partial
            }
            sides.append(subtotal)
        }
        let measured = sides.filter { $0.actualKBD != nil }
        var all = Subtotal(
            name: "All participants", participants: sides.reduce(0) { $0 + $1.participants },
            counted: measured.reduce(0) { $0 + $1.counted }, referenceKBD: nil, requiredKBD: nil, actualKBD: nil,
            basis: .none)
        if !measured.isEmpty {
            all.referenceKBD = measured.reduce(0) { $0 + $1.referenceKBD! }
            all.requiredKBD = measured.reduce(0) { $0 + $1.requiredKBD! }
            all.actualKBD = measured.reduce(0) { $0 + $1.actualKBD! }
            all.basis = all.counted == all.participants && measured.allSatisfy({ $0.basis == .sum }) ? .sum : .partial
            if measured.count == 1, all.counted == all.participants, case .aggregate = measured[0].basis {
                all.basis = measured[0].basis
            }
        }
        return Conformity(
            agreement: agreement, phases: phases, months: months, selection: selection,
            sourceWasDefault: sourceWasDefault,
            lines: lines, sides: sides, all: all)
    }

    /// The stored aggregate producer with `code`, if there is one.
    static func storedAggregate(_ code: String, database: OilStatDatabase) throws -> Producer? {
        try database.aggregate(code: code)
    }
}
