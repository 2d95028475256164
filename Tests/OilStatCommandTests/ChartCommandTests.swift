import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `oilstat chart ...`: SVG files in Reports/ (or --output), valid XML, compared with golden files.
///
/// Regenerate the golden charts after an intended change with
/// `OILSTAT_UPDATE_GOLDEN=1 swift test --filter ChartCommandTests` and look at them before committing.
@Suite(.serialized)
struct ChartCommandTests {
    static let cases: [(golden: String, written: String, arguments: [String])] = [
        (
            "chart-production-SA-RU-US.svg", "Reports/production-SA-RU-US-2016-01-2020-12.svg",
            ["chart", "production", "--producers", "SA,RU,US", "--from", "2016-01", "--to", "2020-12"]
        ),
        (
            "chart-share-2018-10-opec.svg", "Reports/share-2018-10-opec.svg",
            ["chart", "share", "--month", "2018-10", "--group", "opec", "--source", "OPEC MOMR secondary sources"]
        ),
        (
            "chart-conformity-2019-12.svg", "Reports/conformity-opecplus-2018-12-2019-12.svg",
            ["chart", "conformity", "--agreement", "opecplus-2018-12", "--month", "2019-12"]
        ),
    ]

    /// A fresh working directory for one run.
    static func workingDirectory() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oilstat-chart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: cases.map(\.golden))
    func chartIsWrittenToReportsAndMatchesItsGolden(golden: String) throws {
        let item = Self.cases.first { $0.golden == golden }!
        let folder = try Self.workingDirectory()
        let result = try CommandRunner().run(item.arguments, currentDirectory: folder)
        #expect(result.status == 0, "\(result.errorOutput)")
        #expect(result.output.isEmpty)
        #expect(result.errorOutput == "wrote \(item.written)\n")
        let svg = try String(contentsOf: folder.appendingPathComponent(item.written), encoding: .utf8)
        let parsed = try #require(SVGCheck.parse(svg), "not well-formed XML")
        #expect(parsed.root == "svg")
        #expect(parsed.texts.contains { $0.hasPrefix("Source: ") })
        #expect(svg == (try CommandRunner.golden(golden, actual: svg)))
    }

    @Test func productionChartStatesItsOneSourceAndTheProducersWithoutFigures() throws {
        let result = try CommandRunner().run([
            "chart", "production", "--producers", "SA,RU,US", "--from", "2016-01", "--to", "2020-12", "--output", "-",
        ])
        #expect(result.status == 0)
        let parsed = try #require(SVGCheck.parse(result.output))
        #expect(parsed.texts.contains("Saudi Arabia (SA)"))
        #expect(parsed.texts.contains("Russia (RU): no figures"))
        let source = parsed.texts.filter { !$0.isEmpty }.drop { !$0.hasPrefix("Source: ") }.joined(separator: " ")
        // The Reuters survey has the most Saudi figures in 2016-2020 (14); the MOMR's 11 are named, not mixed in.
        #expect(source.contains("Source: Reuters survey; Crude oil (CRUDEOIL), kb/d."))
        #expect(source.contains("one source per chart"))
        #expect(source.contains("Also with figures: OPEC MOMR secondary sources (11 figures)"))
        // Saudi Arabia's consecutive months are joined by lines (2017-10..11, 2019-07..09, 2019-11..2020-01); the lone
        // 2016-05, 2017-05, 2018-06, 2019-05, 2020-04 and 2020-10 figures are dots.
        #expect(parsed.elements.filter { $0 == "path" || $0 == "polyline" }.count == 3)
        #expect(parsed.elements.filter { $0 == "circle" }.count == 6)
        #expect(result.errorOutput.isEmpty)
    }

    @Test func namedSourceIsUsedAndOutputGoesWhereAsked() throws {
        let folder = try Self.workingDirectory()
        let result = try CommandRunner().run(
            [
                "chart", "production", "--producers", "KSA,Russia,USA", "--from", "2018-09", "--to", "2018-11",
                "--source", "news report", "--output", "charts/big3.svg",
            ], currentDirectory: folder)
        #expect(result.status == 0, "\(result.errorOutput)")
        #expect(result.errorOutput == "wrote charts/big3.svg\n")
        let svg = try String(contentsOf: folder.appendingPathComponent("charts/big3.svg"), encoding: .utf8)
        let parsed = try #require(SVGCheck.parse(svg))
        #expect(parsed.texts.contains { $0.hasPrefix("Source: news report;") })
        #expect(!svg.contains("Chosen as the source"))
    }

    @Test func shareBarsRunLargestFirst() throws {
        let result = try CommandRunner().run(["chart", "share", "--month", "2019-12", "--top", "4", "--output", "-"])
        #expect(result.status == 0)
        let parsed = try #require(SVGCheck.parse(result.output))
        let labels = parsed.texts.filter {
            $0.hasSuffix(")") && $0.contains(" (") && !$0.hasPrefix("Source") && !$0.contains("%")
        }
        #expect(
            labels == ["Saudi Arabia (SA)", "Iraq (IQ)", "United Arab Emirates (AE)", "Kuwait (KW)", "Others (10)"])
    }

    @Test(arguments: [
        (
            ["chart", "production", "--producers", "SA,Rusia", "--from", "2018-01", "--to", "2018-12"],
            "Error: unknown producer \"Rusia\" (did you mean \"Russia\"?)\n"
        ),
        (
            ["chart", "share", "--month", "2030-01"],
            "Error: no production figures for 2030-01 from any source; nearest months with data: 2025-06\n"
        ),
        (
            ["chart", "share", "--month", "2018-10", "--group", "opek"],
            "Error: unknown group \"opek\" (did you mean opec, opec+?)\n"
        ),
        (
            ["chart", "conformity", "--agreement", "opec-2016-11", "--month", "2017-11"],
            "Error: unknown agreement \"opec-2016-11\" (did you mean \"opec-2016-12\", \"doc-2016-12\"?)\n"
        ),
        (
            ["chart", "conformity", "--agreement", "opecplus-2018-12", "--month", "2017-11"],
            "Error: opecplus-2018-12 is not in force in 2017-11: its periods are 2019-01 2019-01..2019-09, 2019-10 2019-10..2020-03\n"
        ),
        (
            ["chart", "conformity", "--agreement", "opecplus-2020-04", "--month", "2021-01"],
            "Error: phase 2021-01 of opecplus-2020-04 (2021-01..2021-01) has no per-participant quotas, only the group total -7,200 kb/d; no conformity for 2021-01\n"
        ),
        (
            ["chart", "production", "--producers", "NO", "--from", "2018-01", "--to", "2018-12"],
            "Error: no production figures for NO from 2018-01 to 2018-12 in any source; nearest months with data: 2017-11 and 2018-05\n"
        ),
    ])
    func chartErrorsAreClear(arguments: [String], message: String) throws {
        let folder = try Self.workingDirectory()
        let result = try CommandRunner().run(arguments, currentDirectory: folder)
        #expect(result.status != 0)
        #expect(result.output.isEmpty)
        #expect(result.errorOutput == message)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Reports").path))
    }
}

/// Parses an SVG (or any XML) document with Foundation's `XMLParser`: element names in order and text nodes.
final class SVGCheck: NSObject, XMLParserDelegate {
    private(set) var elements: [String] = []
    private(set) var texts: [String] = []
    private var current = ""

    var root: String? { elements.first }

    static func parse(_ text: String) -> SVGCheck? {
        let check = SVGCheck()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = check
        return parser.parse() ? check : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        flush()
        elements.append(elementName)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        flush()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

    private func flush() {
        let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty { texts.append(trimmed) }
        current = ""
    }
}
