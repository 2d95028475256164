import GRDB

/// A production agreement such as the December 2016 OPEC cut or the April 2020 OPEC+ cut.
///
/// An agreement has one or more ``AgreementPhase``s (periods with their own required production)
/// and, per phase, one ``AgreementQuota`` per participant.
public struct Agreement: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    /// The short id used on the command line, e.g. `opec-2016-12`.
    public var id: String
    /// The name reports print.
    public var name: String
    /// The first month in force, `YYYY-MM`.
    public var fromMonth: String
    /// The last month in force, inclusive.
    public var toMonth: String
    /// What was agreed, in a sentence or two.
    public var description: String
    /// Where the figures come from.
    public var source: String

    public static let databaseTableName = "agreement"

    public init(id: String, name: String, fromMonth: String, toMonth: String, description: String, source: String) {
        self.id = id
        self.name = name
        self.fromMonth = fromMonth
        self.toMonth = toMonth
        self.description = description
        self.source = source
    }
}

/// A period of an agreement with its own quotas, e.g. the 9.7 mb/d phase of May–June 2020.
public struct AgreementPhase: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public var agreementId: String
    /// The phase id within the agreement, e.g. `main`, `2020-05`.
    public var phase: String
    public var fromMonth: String
    public var toMonth: String
    /// The group's total adjustment in kb/d as published (negative for a cut), when published.
    public var totalAdjustmentKBD: Double?
    public var note: String

    public static let databaseTableName = "agreement_phase"

    public init(
        agreementId: String, phase: String, fromMonth: String, toMonth: String, totalAdjustmentKBD: Double?,
        note: String
    ) {
        self.agreementId = agreementId
        self.phase = phase
        self.fromMonth = fromMonth
        self.toMonth = toMonth
        self.totalAdjustmentKBD = totalAdjustmentKBD
        self.note = note
    }
}

/// One participant's reference, adjustment and required production in one phase of an agreement.
public struct AgreementQuota: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public var agreementId: String
    public var phase: String
    public var producerId: Int
    /// `OPEC` or `non-OPEC`: the side of the agreement the participant signed on.
    public var side: String
    /// The month the reference production was measured in, `YYYY-MM`, when stated.
    public var referenceMonth: String?
    /// Reference (baseline) production, kb/d.
    public var referenceKBD: Double?
    /// Agreed adjustment, kb/d: negative for a cut, positive for an allowed increase.
    public var adjustmentKBD: Double?
    /// Required production (reference + adjustment), kb/d.
    public var requiredKBD: Double?
    /// Exempt participants are listed but not counted in totals or conformity.
    public var exempt: Bool
    public var note: String
    public var source: String

    public static let databaseTableName = "agreement_quota"

    public init(
        agreementId: String, phase: String, producerId: Int, side: String, referenceMonth: String?,
        referenceKBD: Double?, adjustmentKBD: Double?, requiredKBD: Double?, exempt: Bool, note: String, source: String
    ) {
        self.agreementId = agreementId
        self.phase = phase
        self.producerId = producerId
        self.side = side
        self.referenceMonth = referenceMonth
        self.referenceKBD = referenceKBD
        self.adjustmentKBD = adjustmentKBD
        self.requiredKBD = requiredKBD
        self.exempt = exempt
        self.note = note
        self.source = source
    }
}
