import OilStatCore

/// The producers a report covers: all countries, a group as of each month, non-OPEC, or a list.
public enum ProducerScope: Sendable, Equatable {
    /// Every country with a figure (regional and group totals excluded).
    case world
    /// A stored group, with its membership as of the month asked.
    case group(ProducerGroup)
    /// Every country that is not an OPEC member in the month asked.
    case nonOPEC
    /// A fixed list of producers.
    case producers([Producer])

    /// The name reports print, e.g. "OPEC" or "SA, RU, US"; "Listed producers" for every country the source lists
    /// (never "All producers": a source may list only some countries).
    public var name: String {
        switch self {
        case .world: return "Listed producers"
        case .group(let group): return group.name
        case .nonOPEC: return "Non-OPEC"
        case .producers(let list): return list.map(\.code).joined(separator: ", ")
        }
    }

    /// Parses `--group` (`opec`, `opec+`, `non-opec`, any stored group id or name).
    ///
    /// - Throws: `OilStatError` naming the known groups when nothing matches.
    public static func group(named text: String, in database: OilStatDatabase) throws -> ProducerScope {
        let key = text.lowercased()
        if ["non-opec", "nonopec", "non_opec"].contains(key) { return .nonOPEC }
        if ["world", "all"].contains(key) { return .world }
        let groups = try database.groups()
        let aliases = ["opecplus": "opec+", "doc": "opec+", "opec-plus": "opec+"]
        let wanted = aliases[key] ?? key
        if let group = groups.first(where: { $0.id.lowercased() == wanted || $0.name.lowercased() == wanted }) {
            return .group(group)
        }
        let names = groups.map(\.id) + ["non-opec"]
        let suggestions = NameSuggester.closest(to: text, among: names)
        let hint =
            suggestions.isEmpty
            ? "known groups: \(names.joined(separator: ", "))" : "did you mean \(suggestions.joined(separator: ", "))?"
        throw OilStatError(message: "unknown group \"\(text)\" (\(hint))")
    }

    /// Parses `--producers SA,RU,US` (codes, names or aliases). Aggregates a source publishes (`OPEC`, `WORL`)
    /// may be listed, and `non-OPEC` stands for ``derivedNonOPEC`` (world − OPEC, derived).
    public static func producers(list text: String, in database: OilStatDatabase) throws -> ProducerScope {
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return .producers(
            try names.map { name in
                if ["non-opec", "nonopec", "non_opec"].contains(name.lowercased()) { return derivedNonOPEC }
                return try database.producer(matching: name)
            })
    }

    /// Non-OPEC as a line of its own: the world figure less OPEC's, derived by OilStat (no source publishes it as
    /// such). Its id matches no stored producer.
    public static let derivedNonOPEC = Producer(
        id: -1, code: "non-OPEC", name: "Non-OPEC (derived: world − OPEC)", kind: "derived")

    /// The producers a listed base covers, in words: "the 10 producers", "the 12 OPEC members",
    /// "the 3 producers of Big three" (`count` producers with figures).
    public func listedWords(count: Int) -> String {
        let producers = count == 1 ? "producer" : "producers"
        switch self {
        case .world, .producers: return "the \(count) \(producers)"
        case .group(let group): return "the \(count) \(producers) of \(group.name)"
        case .nonOPEC: return "the \(count) non-OPEC \(producers)"
        }
    }

    /// The producer ids of the scope in `month`, or nil for "every country".
    public func members(in month: Month, database: OilStatDatabase) throws -> Set<Int>? {
        switch self {
        case .world:
            return nil
        case .group(let group):
            return try Self.groupMembers(group.id, in: month, database: database)
        case .nonOPEC:
            let opec = try Self.groupMembers("opec", in: month, database: database)
            return try database.producerIDs(kind: .country).subtracting(opec)
        case .producers(let list):
            return Set(list.map(\.id))
        }
    }

    /// The members of the stored group `groupID` in `month`.
    public static func groupMembers(_ groupID: String, in month: Month, database: OilStatDatabase) throws -> Set<Int> {
        try database.memberIDs(group: groupID, in: month)
    }
}
