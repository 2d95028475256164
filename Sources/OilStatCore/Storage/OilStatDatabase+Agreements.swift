import GRDB

/// The side of an agreement a participant signed on.
public enum AgreementSide: String, Codable, Sendable, CaseIterable {
    case opec = "OPEC"
    case nonOPEC = "non-OPEC"
}

/// The sums over one side's quotas in one phase of an agreement, as `oilstat agreements` lists them.
///
/// Exempt participants are counted in ``participants`` and ``exempt`` but left out of the sums.
public struct AgreementSideTotal: Codable, Hashable, Sendable {
    public var agreementID: String
    public var phase: String
    /// The phase's first month, `YYYY-MM`.
    public var fromMonth: String
    /// The phase's last month, inclusive.
    public var toMonth: String
    /// The group's total adjustment in kb/d as published for the phase, when published.
    public var publishedTotalAdjustmentKBD: Double?
    /// The side, or nil for a phase without quotas.
    public var side: AgreementSide?
    public var participants: Int
    public var exempt: Int
    /// Sums over the participants that are not exempt, kb/d; nil when none has the figure.
    public var referenceKBD: Double?
    public var adjustmentKBD: Double?
    public var requiredKBD: Double?
}

extension OilStatDatabase {
    /// Every agreement, oldest first.
    public func agreements() throws -> [Agreement] {
        try read { db in try Agreement.fetchAll(db, sql: "SELECT * FROM agreement ORDER BY fromMonth, id") }
    }

    /// The phases of the agreement `agreementID`, in order.
    public func phases(agreement agreementID: String) throws -> [AgreementPhase] {
        try read { db in
            try AgreementPhase.fetchAll(
                db,
                sql: """
                    SELECT * FROM agreement_phase WHERE agreementId = ? ORDER BY fromMonth, phase
                    """, arguments: [agreementID])
        }
    }

    /// The quotas of one phase: every participant's row, exempt ones included, by side and producer id.
    public func quotas(agreement agreementID: String, phase: String) throws -> [AgreementQuota] {
        try read { db in
            try AgreementQuota.fetchAll(
                db,
                sql: """
                    SELECT * FROM agreement_quota WHERE agreementId = ? AND phase = ? ORDER BY side, producerId
                    """, arguments: [agreementID, phase])
        }
    }

    /// The sums over each side's quotas, phase by phase: agreements oldest first, phases in order, OPEC first.
    public func agreementSideTotals() throws -> [AgreementSideTotal] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT a.id, ph.phase, ph.fromMonth, ph.toMonth, ph.totalAdjustmentKBD, q.side,
                           COUNT(q.producerId) AS participants, COALESCE(SUM(q.exempt), 0) AS exempt,
                           SUM(CASE WHEN q.exempt THEN NULL ELSE q.referenceKBD END) AS reference,
                           SUM(CASE WHEN q.exempt THEN NULL ELSE q.adjustmentKBD END) AS adjustment,
                           SUM(CASE WHEN q.exempt THEN NULL ELSE q.requiredKBD END) AS required
                    FROM agreement a JOIN agreement_phase ph ON ph.agreementId = a.id
                    LEFT JOIN agreement_quota q ON q.agreementId = a.id AND q.phase = ph.phase
                    GROUP BY a.id, ph.phase, q.side
                    ORDER BY a.fromMonth, a.id, ph.fromMonth, q.side
                    """
            ).map { row in
                let side: String? = row["side"]
                return AgreementSideTotal(
                    agreementID: row["id"], phase: row["phase"], fromMonth: row["fromMonth"], toMonth: row["toMonth"],
                    publishedTotalAdjustmentKBD: row["totalAdjustmentKBD"],
                    side: side.flatMap(AgreementSide.init(rawValue:)),
                    participants: row["participants"], exempt: row["exempt"], referenceKBD: row["reference"],
                    adjustmentKBD: row["adjustment"], requiredKBD: row["required"])
            }
        }
    }
}
