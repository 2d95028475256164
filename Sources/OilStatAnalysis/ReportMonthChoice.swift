import OilStatCore

/// The month `oilstat report` covers when no `--month` is given, and why.
///
/// The rule: count, for every source and month, the countries with a production figure (kb/d, the source's
/// best-covered product). The best-covered month of the database sets the bar; the report covers the **latest
/// month in which some source covers at least 80% as many countries as that best month** (and at least two),
/// preferring months whose source also covers the previous month (for half as many), so the change can be shown.
/// So a lone late figure (two JODI countries in 2024) does not make a one-line report, while a full newer month
/// from any source wins over an older one. With `--source`, only that source counts.
///
/// On the bundled data this is 2020-01: the Reuters survey covers 13 OPEC countries then and 14 in 2019-12 (the
/// best month holds 14); 2020-10 has 13 but no September figures, and the later figures are single EIA and JODI
/// countries.
public struct ReportMonthChoice: Sendable, Equatable {
    /// A source's coverage of a month.
    public struct Coverage: Sendable, Equatable {
        public var month: Month
        public var source: String
        public var countries: Int
    }

    /// The month chosen.
    public var month: Month
    /// The best coverage of the chosen month (the source the report will read when none is named).
    public var chosen: Coverage
    /// The best coverage of any month (the bar is 80% of it).
    public var best: Coverage
    /// The fewest countries a month needed to be chosen.
    public var threshold: Int
    /// Months after the chosen one worth naming, latest last: those as well covered but without the month before,
    /// and the last three sparse ones.
    public var later: [Coverage]

    /// Whether the chosen month's source also covers the month before (the rule's preference).
    public var previousMonthCovered: Bool = false

    /// The share of the best month's country count a month needs to be chosen.
    public static let coverageShare = 0.8

    /// Chooses the month (see the type's description).
    ///
    /// - Throws: `OilStatError` when the database has no production figure in kb/d (from `sourceName`).
    public static func choose(in database: OilStatDatabase, sourceName: String? = nil) throws -> ReportMonthChoice {
        let sources = try sourceName.map { [try database.source(named: $0)] } ?? database.sources()
        let names = Dictionary(uniqueKeysWithValues: sources.map { ($0.id, $0.name) })
        var counts: [(source: Int, month: Int, countries: Int)] = []
        for source in sources {
            // A month's coverage is that of the source's best-covered product.
            var byMonth: [Int: Int] = [:]
            let coverages = try database.countryCoverage(
                source: source.id, flow: Flow.production.id,
                unit: UnitCode.kbd.id)
            for coverage in coverages {
                byMonth[coverage.month.index] = max(byMonth[coverage.month.index] ?? 0, coverage.countries)
            }
            counts += byMonth.map { (source.id, $0.key, $0.value) }
        }
        // The best coverage of each month, ties to the source listed first.
        let order = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1.id, $0) })
        var perMonth: [Int: (source: Int, countries: Int)] = [:]
        for item in counts {
            if let current = perMonth[item.month],
                current.countries > item.countries
                    || (current.countries == item.countries && order[current.source]! < order[item.source]!)
            {
                continue
            }
            perMonth[item.month] = (item.source, item.countries)
        }
        func coverage(_ month: Int) -> Coverage {
            Coverage(
                month: Month(index: month), source: names[perMonth[month]!.source]!,
                countries: perMonth[month]!.countries)
        }
        guard let bestMonth = perMonth.keys.max(by: { (perMonth[$0]!.countries, $1) < (perMonth[$1]!.countries, $0) })
        else {
            let from = sourceName.map { " from source \"\($0)\"" } ?? ""
            throw OilStatError.notFound("no production figures in kb/d\(from) to report on (see `oilstat sources`)")
        }
        let best = coverage(bestMonth)
        let threshold = min(best.countries, max(2, Int((Double(best.countries) * coverageShare).rounded(.up))))
        // Prefer months whose source also covers the month before (at least half the bar), so the report can
        // show the change from the previous month; fall back to coverage alone.
        var coveredBySource: [Int: [Int: Int]] = [:]
        for item in counts { coveredBySource[item.source, default: [:]][item.month] = item.countries }
        let covered = perMonth.keys.filter { perMonth[$0]!.countries >= threshold }
        let withPrevious = covered.filter { month in
            (coveredBySource[perMonth[month]!.source]?[month - 1] ?? 0) * 2 >= threshold
        }
        let chosenMonth = withPrevious.max() ?? covered.max()!
        let previousCovered = !withPrevious.isEmpty
        // Later months worth naming: the well-covered ones passed over (no previous month), then the last sparse ones.
        let afterChosen = perMonth.keys.filter { $0 > chosenMonth }.sorted()
        let passedOver = afterChosen.filter { perMonth[$0]!.countries >= threshold }
        let sparse = afterChosen.filter { perMonth[$0]!.countries < threshold }.suffix(3)
        let later = (passedOver + sparse).sorted().map(coverage)
        return ReportMonthChoice(
            month: Month(index: chosenMonth), chosen: coverage(chosenMonth), best: best, threshold: threshold,
            later: later, previousMonthCovered: previousCovered)
    }

    /// Why the report covers this month, in a few sentences for the report.
    public var explanation: String {
        var text =
            "No month was asked for, so this report covers \(month), the latest month in which a source has figures "
            + "for at least 80% as many countries as the best-covered month in the database (here at least "
            + "\(threshold))"
            + (previousMonthCovered ? " and also covers the month before, so that the change can be shown" : "") + ": "
            + "\(chosen.source) covers \(chosen.countries) countr\(chosen.countries == 1 ? "y" : "ies")"
        if best.month == month || best.countries == chosen.countries {
            text += ", the most of any month."
        } else {
            text += "; the most in any month is \(best.countries) (\(best.source), \(best.month))."
        }
        func list(_ items: [Coverage]) -> String {
            items.map { "\($0.month) (\($0.source), \($0.countries) countr\($0.countries == 1 ? "y" : "ies"))" }.joined(
                separator: ", ")
        }
        let passedOver = later.filter { $0.countries >= threshold }
        let sparse = later.filter { $0.countries < threshold }
        if !passedOver.isEmpty {
            text += " Later months with as many countries but none for the month before: \(list(passedOver))."
        }
        if !sparse.isEmpty {
            text +=
                " \(passedOver.isEmpty ? "Later" : "Other later") months have figures for fewer countries: "
                + "\(list(sparse))."
        }
        return text + " Choose another month with --month YYYY-MM."
    }
}
