import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses text as XML with Foundation's `XMLParser` and records each element, for assertions on SVG and HTML.
final class XMLCheck: NSObject, XMLParserDelegate {
    /// One element: its name, attributes and the text directly inside it (trimmed).
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String

        /// A numeric attribute, or `nil`.
        func number(_ attribute: String) -> Double? {
            attributes[attribute].flatMap(Double.init)
        }
    }

    /// All elements, in document order.
    private(set) var elements: [Element] = []
    private var open: [Int] = []

    /// Parses `text`; returns `nil` if it is not well-formed XML.
    static func parse(_ text: String) -> XMLCheck? {
        let check = XMLCheck()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = check
        return parser.parse() ? check : nil
    }

    /// The elements named `name`.
    func all(_ name: String) -> [Element] {
        elements.filter { $0.name == name }
    }

    /// The texts of all elements named `name`.
    func texts(of name: String) -> [String] {
        all(name).map(\.text)
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        open.append(elements.count)
        elements.append(Element(name: elementName, attributes: attributes, text: ""))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if let index = open.popLast() {
            elements[index].text = elements[index].text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = open.last { elements[index].text += string }
    }
}
