/// A source cited in an ``HTMLReport``, e.g. `OPEC Monthly Oil Market Report, March 2024`.
///
/// The address is printed as plain text, never as a link or a fetched resource, so the report stays
/// self-contained.
public struct ReportSource: Equatable, Sendable {
    /// The source's name, e.g. `OPEC MOMR`.
    public var name: String
    /// What was taken from it, e.g. `Table 5-7, secondary sources, tb/d`; empty for none.
    public var detail: String
    /// The address, shown as text, e.g. `https://www.opec.org/...`; `nil` for none.
    public var url: String?

    /// A source citation; only the name is required.
    public init(name: String, detail: String = "", url: String? = nil) {
        self.name = name
        self.detail = detail
        self.url = url
    }
}
