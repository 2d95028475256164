import Foundation

/// Parses text as XML with Foundation's `XMLParser` and collects what a test needs to look at.
final class XMLCheck: NSObject, XMLParserDelegate {
    /// The names of all elements, in document order.
    private(set) var elements: [String] = []
    /// All character data, concatenated per text node.
    private(set) var texts: [String] = []
    /// The parser's error, if parsing failed.
    private(set) var error: Error?

    private var current = ""

    /// Parses `text`; returns `nil` if it is not well-formed XML.
    static func parse(_ text: String) -> XMLCheck? {
        let check = XMLCheck()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = check
        return parser.parse() ? check : nil
    }

    /// Whether some text node equals `text`.
    func hasText(_ text: String) -> Bool {
        texts.contains(text)
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

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current += string
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        error = parseError
    }

    private func flush() {
        let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty { texts.append(trimmed) }
        current = ""
    }
}
