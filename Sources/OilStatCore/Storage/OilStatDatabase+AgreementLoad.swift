import GRDB

/// Storing and removing agreements: those `oilstat agreements load` reads, and the bundled ones.
///
/// Every write checks the tables with ``AgreementValidator`` inside its transaction, so the producers it looks up
/// are those the write sees, and nothing is stored when a check fails.
extension OilStatDatabase {
    /// Checks the agreements of `tables` and stores them, with their phases and quotas, in one durable write.
    ///
    /// - Parameters:
    ///   - tables: the tables read by ``AgreementLoader``.
    ///   - origin: where they come from, kept ahead of the citation in each agreement's `source`.
    ///   - replace: whether a stored agreement with the same id (case-insensitive) is replaced; without it such an
    ///     id is an error at the agreement's row.
    /// - Returns: what was stored, agreement by agreement.
    /// - Throws: ``OilStatError`` for the first problem; the database is then as it was.
    package func storeAgreements(_ tables: AgreementLoader.Tables, origin: AgreementOrigin, replace: Bool) throws
        -> [AgreementLoader.Stored]
    {
        try write("cannot store the agreements of \(tables.agreements?.file ?? "the files given")") { db in
            let checked = try AgreementValidator { try Self.producer(matching: $0, in: db) }.validate(tables)
            var stored: [AgreementLoader.Stored] = []
            for entry in checked {
                var replaced: AgreementOrigin?
                if let existing = try Agreement.fetchOne(db, key: entry.agreement.id) {
                    guard replace else {
                        throw entry.error(
                            "agreement \(InputText.quoted(existing.id)) is already in the database "
                                + "(\(existing.origin)); "
                                + "load with --replace to replace it")
                    }
                    replaced = existing.origin
                    _ = try existing.delete(db)
                }
                try Self.insert(entry, origin: origin, in: db)
                stored.append(
                    AgreementLoader.Stored(
                        agreement: try Agreement.fetchOne(db, key: entry.agreement.id) ?? entry.agreement,
                        phases: entry.phases.count, quotas: entry.quotas.count, replaced: replaced))
            }
            return stored
        }
    }

    /// Removes the loaded agreement `id` (case-insensitive) with its phases and quotas, in one durable write.
    ///
    /// When the removed agreement had replaced a bundled one of the same id (found in `bundled`, the bundle's
    /// agreement tables), the bundled one is stored again in the same write.
    ///
    /// - Parameters:
    ///   - id: the agreement's id.
    ///   - bundled: the bundle's agreement tables (``BundledData/agreementTables()``), or nil.
    /// - Throws: ``OilStatError`` of kind `notFound` (with suggestions) for an unknown id, `unsupported` for a
    ///   bundled agreement: bundled agreements stay (each bundled load would bring them back).
    public func removeAgreement(id: String, bundled: AgreementLoader.Tables?) throws -> AgreementLoader.Removed {
        try write("cannot remove agreement \(id)") { db in
            guard let agreement = try Agreement.fetchOne(db, key: id) else {
                let ids = try String.fetchAll(db, sql: "SELECT id FROM agreement ORDER BY fromMonth, id")
                let suggestions = NameSuggester.closest(to: id, among: ids)
                let hint =
                    suggestions.isEmpty
                    ? "stored agreements: \(ids.joined(separator: ", "))"
                    : "did you mean \(suggestions.map { InputText.quoted($0) }.joined(separator: ", "))?"
                throw OilStatError.notFound(
                    "unknown agreement \(InputText.quoted(id)) (\(hint))", suggestions: suggestions)
            }
            guard agreement.origin != .bundled else {
                throw OilStatError.unsupported(
                    "\(agreement.id) is a bundled agreement: bundled agreements cannot be removed (the bundled data "
                        + "would bring it back); agreements load --replace replaces it with your version")
            }
            let phases = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM agreement_phase WHERE agreementId = ?", arguments: [agreement.id])
            let quotas = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM agreement_quota WHERE agreementId = ?", arguments: [agreement.id])
            _ = try agreement.delete(db)
            var restored = false
            if let bundled,
                let entry = try AgreementValidator(producer: { try Self.producer(matching: $0, in: db) })
                    .validate(bundled).first(where: { $0.agreement.id.lowercased() == agreement.id.lowercased() })
            {
                try Self.insert(entry, origin: .bundled, in: db)
                restored = true
            }
            return AgreementLoader.Removed(
                agreement: agreement, phases: phases ?? 0, quotas: quotas ?? 0, restoredBundled: restored)
        }
    }

    /// Replaces the bundled agreements with those of `tables`, inside the bundled load's transaction.
    ///
    /// Agreements loaded from files stay; a bundled agreement whose id a loaded one holds (loaded with
    /// `--replace`) is left out, so the user's version stays in force.
    package static func replaceBundledAgreements(_ tables: AgreementLoader.Tables, in db: Database) throws {
        let checked = try AgreementValidator { try producer(matching: $0, in: db) }.validate(tables)
        var loaded = Set<String>()
        for agreement in try Agreement.fetchAll(db) {
            if agreement.origin == .bundled {
                _ = try agreement.delete(db)
            } else {
                loaded.insert(agreement.id.lowercased())
            }
        }
        for entry in checked where !loaded.contains(entry.agreement.id.lowercased()) {
            try insert(entry, origin: .bundled, in: db)
        }
    }

    /// Inserts one checked agreement with its phases and quotas, its origin ahead of its citation.
    private static func insert(_ entry: AgreementValidator.Checked, origin: AgreementOrigin, in db: Database) throws {
        var agreement = entry.agreement
        agreement.source = origin.source(citing: agreement.source)
        try agreement.insert(db)
        for phase in entry.phases { try phase.insert(db) }
        for quota in entry.quotas { try quota.insert(db) }
    }
}
