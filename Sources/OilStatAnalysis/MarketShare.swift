import OilStatCore

/// Each producer's production and share in one month, of a base the caller states (``ShareBase``).
///
/// For example, with the seed article's October 2018 figures (source "news report"), Saudi Arabia's
/// 10,700 kb/d is 31.94% of the 33,500 kb/d the three producers listed total (base ``ShareBase/listed``).
/// With `--of world`, the base is the source's `WORL` figure (or another source's); with `--of source-total`,
/// the source's own published total for the group (its `OPEC` row).
public struct MarketShare: Sendable {
    /// One producer's line.
    public struct Entry: Sendable, Equatable {
        public var rank: Int
        public var producer: Producer
        /// Production, kb/d.
        public var kbd: Double
        /// Percent of the base; nil when the base has no figure (or is zero): never shown as 0.
        public var sharePercent: Double?
    }

    public var month: Month
    public var scope: ProducerScope
    public var selection: SeriesSelection
    /// The base the shares are of.
    public var base: ShareBase
    /// Every producer of the scope with a figure (aggregates and the derived non-OPEC line included when
    /// listed), largest first.
    public var entries: [Entry]
    /// Members of the scope without a figure this month (named, never counted as zero).
    public var missing: [Producer]
    /// The sum of the entries, kb/d (countries only unless aggregates were listed by name).
    public var total: Double
    /// The base, kb/d; nil when the source publishes no such figure for the month.
    public var baseKBD: Double?
    /// The base in words, e.g. "world production as published by EIA".
    public var baseDescription: String
    /// The source's total over every country it lists, kb/d, and how many countries it covers.
    public var countryTotal: Double
    public var countryCount: Int
    /// Notes about the figures: the derived non-OPEC line, a base smaller than its parts, converted units.
    public var findings: [String]

    /// The entries' combined share of the base, percent (nil without a base).
    public var totalSharePercent: Double? { Self.percent(total, of: baseKBD) }

    /// The combined share of the `n` largest producers, percent (nil without a base).
    public func topShare(_ n: Int) -> Double? { Self.percent(entries.prefix(n).reduce(0) { $0 + $1.kbd }, of: baseKBD) }

    /// `part` as a percent of `base`; nil when there is no base or it is not positive.
    static func percent(_ part: Double, of base: Double?) -> Double? {
        guard let base, base > 0 else { return nil }
        return part / base * 100
    }

    /// Computes shares for `month` of `base`.
    ///
    /// - Throws: `OilStatError` (bad input) for `--of source-total` with a list of producers (a list has no
    ///   published total; use `world` or `listed`).
    public static func compute(
        month: Month, scope: ProducerScope, selection: SeriesSelection, base: ShareBase, database: OilStatDatabase
    ) throws -> MarketShare {
        let stored = try UnitConversion.storedKBD(
            month: month, source: selection.source.id, product: selection.product.id, database: database)
        let values = stored.kbd
        var producers = try database.producers(ids: values.keys)
        let countries = values.filter { producers[$0.key]?.isCountry == true }
        let members = try scope.members(in: month, database: database)
        var lines: [(producer: Producer, kbd: Double)] = []
        var findings: [String] = []
        var missing: [Producer] = []
        if case .producers(let list) = scope {
            for producer in list {
                if let value = values[producer.id] {
                    lines.append((producer, value))
                } else if producer != ProducerScope.derivedNonOPEC {
                    missing.append(producer)
                }
            }
        } else {
            for (id, value) in countries where members?.contains(id) ?? true { lines.append((producers[id]!, value)) }
            if let members, scope != .nonOPEC {
                missing = try database.producers(ids: members.subtracting(countries.keys)).values
                    .sorted { $0.code < $1.code }
            }
        }
        var resolved = try resolveBase(base, month: month, scope: scope, selection: selection, database: database)
        if case .producers(let list) = scope, list.contains(ProducerScope.derivedNonOPEC) {
            let derived = try derivedNonOPEC(
                month: month, values: values, producers: producers, world: resolved.world, database: database)
            if let derived {
                lines.append((ProducerScope.derivedNonOPEC, derived.kbd))
                findings.append(derived.note)
            } else {
                missing.append(ProducerScope.derivedNonOPEC)
                findings.append(
                    "Non-OPEC is derived as world − OPEC; \(selection.source.name) has no world figure for \(month), "
                        + "so it has none.")
            }
        }
        producers[ProducerScope.derivedNonOPEC.id] = ProducerScope.derivedNonOPEC
        let sorted = lines.sorted { ($0.kbd, $1.producer.code) > ($1.kbd, $0.producer.code) }
        let total = sorted.reduce(0) { $0 + $1.kbd }
        if base == .listed {
            resolved.kbd = total > 0 ? total : nil
            resolved.words = "\(scope.listedWords(count: sorted.count)) this source lists"
        }
        let entries = sorted.enumerated().map { index, line in
            Entry(
                rank: index + 1, producer: line.producer, kbd: line.kbd,
                sharePercent: percent(line.kbd, of: resolved.kbd))
        }
        findings += resolved.findings
        if let baseKBD = resolved.kbd, base != .listed, total > baseKBD * 1.000_001 {
            findings.append(
                "The base (\(NumberText.grouped(baseKBD)) kb/d, \(resolved.words)) is smaller than the sum of the "
                    + "\(entries.count) producers shown (\(NumberText.grouped(total)) kb/d): the shares add up to "
                    + "\(NumberText.fixed(total / baseKBD * 100, decimals: 2))%, more than 100%.")
        }
        if let over = entries.first(where: { ($0.sharePercent ?? 0) > 100 }), let share = over.sharePercent {
            findings.append(
                "\(over.producer.name) (\(over.producer.code)) is \(NumberText.fixed(share, decimals: 2))% of the "
                    + "base: its figure exceeds the published total.")
        }
        findings += stored.notes(producers: producers)
        return MarketShare(
            month: month, scope: scope, selection: selection, base: base, entries: entries, missing: missing,
            total: total, baseKBD: resolved.kbd, baseDescription: resolved.words,
            countryTotal: countries.values.reduce(0, +), countryCount: countries.count, findings: findings)
    }

    /// The base's value and words, and the world figure (for a derived non-OPEC line).
    private static func resolveBase(
        _ base: ShareBase, month: Month, scope: ProducerScope, selection: SeriesSelection, database: OilStatDatabase
    ) throws -> (kbd: Double?, words: String, world: Double?, findings: [String]) {
        let source = selection.source
        var findings: [String] = []
        func world(from worldSource: Source) throws -> (Double?, String) {
            let figure = try ShareBase.worldFigure(
                month: month, source: worldSource, product: selection.product, database: database)
            var words = "world production as published by \(worldSource.name)"
            if let figure, figure.product != selection.product {
                words =
                    "world supply (\(figure.product.name), \(figure.product.code)) as published by \(worldSource.name)"
                findings.append(
                    "The base is \(worldSource.name)'s world figure for \(figure.product.name) "
                        + "(\(figure.product.code)): it publishes none for \(selection.product.code).")
            }
            if figure == nil {
                findings.append("\(worldSource.name) publishes no world figure for \(month): shares are `..`.")
            }
            return (figure?.kbd, words)
        }
        switch base {
        case .listed:
            // The world figure is needed only for a derived non-OPEC line.
            guard case .producers(let list) = scope, list.contains(ProducerScope.derivedNonOPEC) else {
                return (nil, "", nil, findings)
            }
            let worldKBD = try ShareBase.worldFigure(
                month: month, source: source, product: selection.product, database: database)
            return (nil, "", worldKBD?.kbd, findings)
        case .world(let other):
            let (kbd, words) = try world(from: other ?? source)
            return (kbd, words, kbd, findings)
        case .sourceTotal:
            // A list of producers (the only scope with a derived non-OPEC line) has no source total, so the world
            // figure is the base itself or not needed.
            switch scope {
            case .world:
                let (kbd, words) = try world(from: source)
                return (kbd, words.replacingOccurrences(of: "world production", with: "the world total"), kbd, findings)
            case .group(let group):
                let aggregate = try database.aggregate(code: group.id)
                let values = try aggregate.map {
                    try UnitConversion.storedKBD(
                        month: month, source: source.id, product: selection.product.id, producers: [$0.id],
                        database: database
                    ).kbd[$0.id]
                }
                let kbd = values ?? nil
                if kbd == nil {
                    findings.append("\(source.name) publishes no \(group.name) total for \(month): shares are `..`.")
                }
                return (kbd, "the \(group.name) total as published by \(source.name)", nil, findings)
            case .nonOPEC:
                findings.append("No source publishes a non-OPEC total as such: shares are `..` (use --of world).")
                return (nil, "the non-OPEC total (not published)", nil, findings)
            case .producers:
                throw OilStatError(
                    message:
                        "--of source-total needs --group (a list of producers has no published total); "
                        + "use --of world or --of listed")
            }
        }
    }

    /// Non-OPEC as world − OPEC: the source's OPEC total when it publishes one, else the sum of its OPEC members'
    /// figures; nil without a world figure.
    private static func derivedNonOPEC(
        month: Month, values: [Int: Double], producers: [Int: Producer], world: Double?, database: OilStatDatabase
    ) throws -> (kbd: Double, note: String)? {
        guard let world else { return nil }
        if let opec = try database.aggregate(code: "OPEC"), let total = values[opec.id] {
            return (
                world - total,
                "Non-OPEC = world − the published OPEC total = \(NumberText.grouped(world)) − "
                    + "\(NumberText.grouped(total)) kb/d: derived by OilStat, not published."
            )
        }
        let members = try ProducerScope.groupMembers("opec", in: month, database: database)
        let sum = values.filter { members.contains($0.key) && producers[$0.key]?.isCountry == true }.values
            .reduce(0, +)
        return (
            world - sum,
            "Non-OPEC = world − the sum of the OPEC members' figures = \(NumberText.grouped(world)) − "
                + "\(NumberText.grouped(sum)) kb/d: derived by OilStat, not published."
        )
    }
}
