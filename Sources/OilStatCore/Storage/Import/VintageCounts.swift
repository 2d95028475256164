/// What an import did to the stored figures, against the state before it.
public struct VintageCounts: Sendable, Equatable, Codable {
    /// Figures with no value before (new keys, or keys that reappear after a withdrawal).
    public var new = 0
    /// Figures whose value changed in a later vintage: the earlier value was kept as a revision.
    public var revised = 0
    /// Figures of the same vintage whose value changed (a corrected file): replaced in place.
    public var replaced = 0
    /// Figures given again with the value already stored: nothing written.
    public var unchanged = 0
    /// Figures an earlier file gave that this one marks missing or leaves out: kept as revisions, no longer current.
    public var withdrawn = 0

    public init(new: Int = 0, revised: Int = 0, replaced: Int = 0, unchanged: Int = 0, withdrawn: Int = 0) {
        self.new = new
        self.revised = revised
        self.replaced = replaced
        self.unchanged = unchanged
        self.withdrawn = withdrawn
    }

    /// The figures the file gave, as now stored (new, revised, replaced and unchanged).
    public var given: Int { new + revised + replaced + unchanged }

    /// Adds one figure's outcome.
    mutating func count(_ change: VintageMerge.Change) {
        switch change {
        case .new: new += 1
        case .revised: revised += 1
        case .replaced: replaced += 1
        case .unchanged: unchanged += 1
        }
    }

    /// E.g. `3 new, 2 revised, 0 replaced within vintage, 6 unchanged, 1 withdrawn`.
    public var summary: String {
        "\(new) new, \(revised) revised, \(replaced) replaced within vintage, \(unchanged) unchanged, "
            + "\(withdrawn) withdrawn"
    }
}
