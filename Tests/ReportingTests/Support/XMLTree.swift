import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML document as a small tree, read with Foundation's `XMLParser` (a real,
/// validating-for-well-formedness parser): the tests use it to read the SVG written by
/// the renderers back as data.
final class XMLElement {
    let name: String
    let attributes: [String: String]
    var children: [XMLElement] = []
    var text = ""
    weak var parent: XMLElement?

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element below this one (depth first, document order).
    var descendants: [XMLElement] { children.flatMap { [$0] + $0.descendants } }

    /// The classes of the element.
    var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }

    func all(_ name: String, class className: String? = nil) -> [XMLElement] {
        descendants.filter { element in element.name == name && (className.map { element.classes.contains($0) } ?? true) }
    }

    /// The text of the element and its descendants.
    var allText: String { text + children.map(\.allText).joined() }
}

enum XMLTree {
    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    /// Parses `text`; throws with the parser's line and message when it is not
    /// well-formed XML.
    static func parse(_ text: String) throws -> XMLElement {
        let delegate = Builder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = delegate
        guard parser.parse(), let root = delegate.root else {
            throw ParseError(description: "line \(parser.lineNumber): \(parser.parserError.map { "\($0)" } ?? "no root element")")
        }
        return root
    }

    final class Builder: NSObject, XMLParserDelegate {
        var root: XMLElement?
        var stack: [XMLElement] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = XMLElement(name: elementName, attributes: attributes)
            element.parent = stack.last
            stack.last?.children.append(element)
            if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}

extension XMLElement {
    /// The number of coordinate pairs in a `points` attribute.
    var pointCount: Int {
        (attributes["points"] ?? "").split(separator: " ").filter { $0.contains(",") }.count
    }

    /// The series groups of a chart (`g.series`), in drawing order.
    var seriesGroups: [XMLElement] { all("g", class: "series") }
}
