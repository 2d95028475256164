import OilStatCore
import OilStatReport

extension ChartData {
    /// Bars of each participant's conformity (actual cut ÷ required cut, %) against a dashed 100% line, highest
    /// first, then the subtotals of each side and of all participants.
    ///
    /// Participants with a quota but no figure show `..`; exempt participants and those without a reference are
    /// left out and named in the source line.
    public static func conformityChart(_ conformity: Conformity, width: Double = 800) -> BarChart {
        let lines = conformity.lines.filter { $0.hasQuota }
        let withValue = lines.filter { $0.conformityPercent != nil }
            .sorted { ($0.conformityPercent!, $1.producer.name) > ($1.conformityPercent!, $0.producer.name) }
        let withoutValue = lines.filter { $0.conformityPercent == nil }.sorted { $0.producer.name < $1.producer.name }
        var bars = (withValue + withoutValue).map { line in
            var label = "\(line.producer.name) (\(line.producer.code))"
            if line.isCounted && line.allowsIncrease { label += ", increase allowed" }
            return BarChart.Bar(label: label, value: line.conformityPercent)
        }
        var subtotals = conformity.sides.filter { $0.conformityPercent != nil }
        if subtotals.count > 1 { subtotals.append(conformity.all) }
        for subtotal in subtotals {
            let count =
                subtotal.counted == subtotal.participants
                ? "\(subtotal.participants)" : "\(subtotal.counted) of \(subtotal.participants)"
            bars.append(
                BarChart.Bar(
                    label: "\(subtotal.name == "All participants" ? "All" : subtotal.name) total (\(count))",
                    value: subtotal.conformityPercent))
        }
        let when =
            conformity.months.count == 1
            ? conformity.months[0].description
            : "\(conformity.months.first!) to \(conformity.months.last!) (average)"
        var source =
            "Source: \(conformity.selection.source.name); \(conformity.selection.product.name), kb/d. "
            + "\(conformity.agreement.name). Conformity = (reference − actual) ÷ (reference − required) × 100; "
            + "100% = the agreed cut exactly, above 100% = a deeper cut, below 0 = output above the reference."
        let left = conformity.lines.filter { !$0.hasQuota }
        if !left.isEmpty {
            let exempt = left.filter { $0.status == .exempt }.map(\.producer.name)
            let other = left.filter { $0.status != .exempt }.map(\.producer.name)
            if !exempt.isEmpty { source += " Exempt, not shown: \(exempt.joined(separator: ", "))." }
            if !other.isEmpty { source += " No quota or reference, not shown: \(other.joined(separator: ", "))." }
        }
        let missing = withoutValue.filter {
            if case .noFigure = $0.status { return true }
            return false
        }
        if !missing.isEmpty { source += " \"..\" = no figure in this source." }
        return BarChart(
            title: "Conformity with \(conformity.agreement.id), \(when)", valueLabel: "Conformity (%)", bars: bars,
            decimals: 0, referenceLine: BarChart.ReferenceLine(value: 100, label: "100% = agreed cut"),
            source: source, width: width)
    }
}
