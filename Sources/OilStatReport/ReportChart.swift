/// A chart placed in an ``HTMLReport``: its SVG inline in HTML, and a link to its file in Markdown.
public struct ReportChart: Equatable, Sendable {
    /// The chart's title, used as the Markdown image's alternative text.
    public var title: String
    /// The SVG document, e.g. from ``LineChart/svg()``; inserted into HTML as it is (an XML declaration is dropped).
    public var svg: String
    /// The path of the SVG file relative to the Markdown file, e.g. `charts/production.svg`.
    public var file: String
    /// An optional caption under the chart; empty for none.
    public var caption: String

    /// A chart section from a rendered SVG and the relative path the Markdown version links to.
    public init(title: String, svg: String, file: String, caption: String = "") {
        self.title = title
        self.svg = svg
        self.file = file
        self.caption = caption
    }
}
