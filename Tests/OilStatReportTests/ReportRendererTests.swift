import OilStatReport
import Testing

struct ReportRendererTests {
    @Test func namesTheFormatsAsOnTheCommandLine() {
        #expect(OutputFormat.allCases.map(\.rawValue) == ["table", "csv", "tsv", "json", "markdown"])
        #expect(OutputFormat(rawValue: "markdown") == .markdown)
        #expect(OutputFormat.allCases.map(\.fileExtension) == ["txt", "csv", "tsv", "json", "md"])
    }

    @Test func hasTheDocumentedDefaults() {
        let options = RenderOptions(format: .table)
        #expect(options.includeHeader)
        #expect(options.delimiter == nil)
        #expect(!options.colour)
        #expect(options.thousandsSeparator)
    }

    @Test(arguments: OutputFormat.allCases)
    func dispatchesOnTheFormat(format: OutputFormat) {
        let table = SampleTables.production
        let expected: String
        switch format {
        case .table: expected = TableRenderer().render(table)
        case .csv: expected = CSVRenderer().render(table)
        case .tsv: expected = TSVRenderer().render(table)
        case .json: expected = JSONRenderer().render(table)
        case .markdown: expected = MarkdownRenderer().render(table)
        }
        let text = ReportRenderer.render(table, options: RenderOptions(format: format))
        #expect(text == expected)
        #expect(text.hasSuffix("\n"))
    }

    @Test func passesTheOptionsOn() {
        let table = SampleTables.production
        let csv = ReportRenderer.render(
            table, options: RenderOptions(format: .csv, includeHeader: false, delimiter: ";"))
        #expect(csv.hasPrefix("Saudi Arabia;SA;10700;31.94;-50\n"))
        let tsv = ReportRenderer.render(table, options: RenderOptions(format: .tsv, includeHeader: false))
        #expect(tsv.hasPrefix("Saudi Arabia\tSA\t10700"))
        let coloured = ReportRenderer.render(table, options: RenderOptions(format: .table, colour: true))
        #expect(coloured.contains("\u{1B}[31m-50\u{1B}[0m"))
        let plain = ReportRenderer.render(table, options: RenderOptions(format: .table, thousandsSeparator: false))
        #expect(plain.contains("10700") && !plain.contains("10,700"))
    }
}
