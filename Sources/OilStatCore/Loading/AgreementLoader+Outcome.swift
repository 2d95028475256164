extension AgreementLoader {
    /// One agreement stored by ``AgreementLoader/load(paths:into:replace:)``.
    public struct Stored: Hashable, Sendable {
        /// The agreement as stored (its source starts with its origin, see ``AgreementOrigin``).
        public var agreement: Agreement
        public var phases: Int
        public var quotas: Int
        /// The origin of the agreement it replaced (with `--replace`), or nil when the id was new.
        public var replaced: AgreementOrigin?

        /// `my-cut-2022-10: 2 phases, 9 quotas (replaced the bundled one)`.
        public var summary: String {
            let counts =
                "\(agreement.id): \(phases) phase\(phases == 1 ? "" : "s"), \(quotas) quota\(quotas == 1 ? "" : "s")"
            return counts + (replaced.map { " (replaced the \($0 == .bundled ? "bundled one" : "one \($0)"))" } ?? "")
        }
    }

    /// The agreement removed by `OilStatDatabase.removeAgreement(id:bundled:)`.
    public struct Removed: Hashable, Sendable {
        /// The agreement as it was stored.
        public var agreement: Agreement
        public var phases: Int
        public var quotas: Int
        /// Whether the bundled agreement of the same id, which the removed one had replaced, is back.
        public var restoredBundled: Bool
    }
}
