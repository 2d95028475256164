/// One block of an ``HTMLReport``, in reading order.
public enum ReportSection: Equatable, Sendable {
    /// A second-level heading (`<h2>`, `##`).
    case heading(String)
    /// A paragraph of text.
    case paragraph(String)
    /// Headline facts, one short sentence each, shown as a list.
    case facts([String])
    /// A table, with its title as caption and its notes under it.
    case table(ReportTable)
    /// A chart.
    case chart(ReportChart)
    /// The list of sources.
    case sources([ReportSource])
}
