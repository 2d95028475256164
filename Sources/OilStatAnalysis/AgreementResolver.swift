import OilStatCore

/// Finds agreements by id or name and the phase, with its quotas, in force in a month.
///
/// For example, `opecplus-2018-12` has three phases because Reuters' quota table changed in
/// August 2019 and back in October 2019; `phase(of:in:)` for 2019-12 returns phase `2019-10`.
public struct AgreementResolver: Sendable {
    public let database: OilStatDatabase

    public init(database: OilStatDatabase) { self.database = database }

    /// Every agreement, oldest first.
    public func agreements() throws -> [Agreement] {
        try database.agreements()
    }

    /// The agreement whose id or name is `text` (case-insensitive), else the only one whose id or name contains it.
    ///
    /// - Throws: `OilStatError` with the closest ids and names, or the candidates when several match.
    public func agreement(matching text: String) throws -> Agreement {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        let all = try agreements()
        if let exact = all.first(where: { $0.id.lowercased() == key || $0.name.lowercased() == key }) { return exact }
        let containing =
            key.isEmpty ? [] : all.filter { $0.id.lowercased().contains(key) || $0.name.lowercased().contains(key) }
        if containing.count == 1 { return containing[0] }
        if containing.count > 1 {
            throw OilStatError.notFound(
                "agreement \"\(text)\" is ambiguous: \(containing.map(\.id).joined(separator: ", "))")
        }
        throw OilStatError.unknown("agreement", text, among: all.map(\.id) + all.map(\.name), listing: all.map(\.id))
    }

    /// The phases of `agreement`, in order.
    public func phases(of agreement: Agreement) throws -> [AgreementPhase] {
        try database.phases(agreement: agreement.id)
    }

    /// The phase of `agreement` in force in `month`.
    ///
    /// - Throws: `OilStatError` naming the agreement's periods when `month` is outside every phase.
    public func phase(of agreement: Agreement, in month: Month) throws -> AgreementPhase {
        let phases = try phases(of: agreement)
        let key = month.description
        if let phase = phases.first(where: { $0.fromMonth <= key && key <= $0.toMonth }) { return phase }
        let periods = phases.map { "\($0.phase) \($0.fromMonth)..\($0.toMonth)" }.joined(separator: ", ")
        let span = periods.isEmpty ? "\(agreement.fromMonth)..\(agreement.toMonth)" : periods
        throw OilStatError.notFound("\(agreement.id) is not in force in \(month): its periods are \(span)")
    }

    /// The quotas of one phase: every participant's row, exempt ones included.
    public func quotas(of phase: AgreementPhase) throws -> [AgreementQuota] {
        try database.quotas(agreement: phase.agreementId, phase: phase.phase)
    }

    /// The quotas in force in `month` (the quotas of the phase in force).
    public func quotas(of agreement: Agreement, in month: Month) throws -> (
        phase: AgreementPhase, quotas: [AgreementQuota]
    ) {
        let phase = try phase(of: agreement, in: month)
        return (phase, try quotas(of: phase))
    }

    /// The year an agreement was decided, read from its id (`opec-2016-12` → 2016), else the year before it took
    /// effect.
    public static func decisionYear(of agreement: Agreement) -> Int {
        let parts = agreement.id.split(separator: "-")
        if parts.count >= 2, let year = Int(parts[parts.count - 2]), let month = Int(parts[parts.count - 1]),
            (1900...9999).contains(year), (1...12).contains(month)
        {
            return year
        }
        return Month(agreement.fromMonth).map { $0.previous.year } ?? 0
    }

    /// The code of the stored aggregate that stands for the `count` counted participants of `side`:
    /// `OPEC11-2016` for the 11 OPEC participants with cuts of the December 2016 agreement, `NONOPEC10-2020` for
    /// ten non-OPEC ones of an April 2020 agreement.
    public static func aggregateCode(side: String, count: Int, agreement: Agreement) -> String {
        let prefix = side == "OPEC" ? "OPEC" : "NONOPEC"
        return "\(prefix)\(count)-\(decisionYear(of: agreement))"
    }
}
