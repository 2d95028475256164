/// A column of the JODI Oil World Database CSV, found in the header by name.
package enum JODIColumn: Int, CaseIterable, Sendable {
    /// `REF_AREA`: the ISO 3166 alpha-2 code of the reporting country (`NA` is Namibia).
    case area
    /// `TIME_PERIOD`: the month, `YYYY-MM`.
    case period
    /// `ENERGY_PRODUCT`: `CRUDEOIL`, `NGL`, `GASOLINE`...
    case product
    /// `FLOW_BREAKDOWN`: `INDPROD`, `TOTIMPSB`, `CLOSTLV`...
    case flow
    /// `UNIT_MEASURE`: `KBD`, `KBBL`, `KL`, `KTONS`, `CONVBBL`.
    case unit
    /// `OBS_VALUE`: the number, or a missing marker (`-`, `x`, `..`, empty).
    case value
    /// `ASSESSMENT_CODE`: 1...4, JODI's quality flag.
    case assessment

    /// The header name, as JODI writes it.
    package var headerName: String {
        switch self {
        case .area: return "REF_AREA"
        case .period: return "TIME_PERIOD"
        case .product: return "ENERGY_PRODUCT"
        case .flow: return "FLOW_BREAKDOWN"
        case .unit: return "UNIT_MEASURE"
        case .value: return "OBS_VALUE"
        case .assessment: return "ASSESSMENT_CODE"
        }
    }

    /// The columns a file must have; `ASSESSMENT_CODE` is optional.
    package static let required: [JODIColumn] = [.area, .period, .product, .flow, .unit, .value]
}
