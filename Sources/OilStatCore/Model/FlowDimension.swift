/// A flow of JODI's balance (production, imports, stocks...); production figures use ``Code/production``.
public typealias Flow = Code<FlowDimension>

/// The flow of a figure (JODI `FLOW_BREAKDOWN`, EIA `activityId`).
public enum FlowDimension: CodeDimension {
    /// Production (JODI INDPROD, EIA activity 1).
    public static let production = Flow(id: 1, code: "INDPROD", name: "Production")

    /// The built-in flows, in JODI's primary-flow order, then the secondary-only ones.
    public static let builtIn: [Flow] = [
        production,
        Flow(id: 2, code: "OSOURCES", name: "From other sources"),
        Flow(id: 3, code: "TOTIMPSB", name: "Imports"),
        Flow(id: 4, code: "TOTEXPSB", name: "Exports"),
        Flow(id: 5, code: "TRANSBAK", name: "Products transferred / backflows"),
        Flow(id: 6, code: "DIRECUSE", name: "Direct use"),
        Flow(id: 7, code: "STOCKCH", name: "Stock change"),
        Flow(id: 8, code: "REFINOBS", name: "Refinery intake"),
        Flow(id: 9, code: "CLOSTLV", name: "Closing stocks"),
        Flow(id: 10, code: "STATDIFF", name: "Statistical difference"),
        Flow(id: 11, code: "TOTDEMO", name: "Demand"),
        Flow(id: 12, code: "REFGROUT", name: "Refinery gross output"),
        Flow(id: 13, code: "RECEIPTS", name: "Receipts"),
        Flow(id: 14, code: "PTRANSF", name: "Products transferred"),
        Flow(id: 15, code: "IPTRANSF", name: "Interproduct transfers"),
    ]
}

extension Code where Dimension == FlowDimension {
    /// Production (JODI INDPROD, EIA activity 1).
    public static var production: Flow { FlowDimension.production }
}
