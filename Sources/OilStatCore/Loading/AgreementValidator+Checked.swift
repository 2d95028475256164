extension AgreementValidator {
    /// One agreement that passed the checks, with its phases and quotas, and where its row is.
    public struct Checked: Sendable {
        /// The agreement; its `source` is the citation as read (the origin is added when it is stored).
        public var agreement: Agreement
        /// Its phases, in file order.
        public var phases: [AgreementPhase]
        /// Its quotas, in file order.
        public var quotas: [AgreementQuota]
        /// The agreements table the row is in.
        let table: AgreementLoader.Table
        /// The row's line.
        public let line: Int

        /// An error about this agreement's id, at its row: `FILE:LINE: column 1 (id): message`.
        func error(_ message: String) -> OilStatError { table.error(line: line, "id", message) }
    }
}
