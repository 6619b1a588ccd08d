import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A thin event-driven pass over one XML part of a workbook with Foundation's
/// `XMLParser` (libxml2's SAX parser on Linux).
///
/// Names are local names (namespace processing is on), so `x:row` and `row` are the same
/// element, as OOXML allows either. Text is delivered whole: the pieces `XMLParser` hands
/// over are joined before ``XMLEventHandler/text(_:)`` sees them.
protocol XMLEventHandler: AnyObject {
    func start(_ name: String, attributes: [String: String])
    func end(_ name: String)
    func text(_ text: String)
}

enum XMLEventReader {
    /// Why a part could not be parsed: the parser's message and line.
    struct Failure: Error {
        var message: String
        var line: Int
    }

    /// Parses `data`, sending its events to `handler`.
    static func parse(_ data: Data, handler: some XMLEventHandler) throws(Failure) {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let delegate = Delegate(handler: handler)
        parser.delegate = delegate
        if !parser.parse() {
            let error = parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error"
            throw Failure(message: error, line: parser.lineNumber)
        }
        if let failure = delegate.failure { throw failure }
    }

    /// The value of the attribute with local name `name` (`r:id` is found as `id`).
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        for (key, value) in attributes where key.hasSuffix(":" + name) { return value }
        return nil
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let handler: any XMLEventHandler
        var pending = ""
        var failure: Failure?

        init(handler: any XMLEventHandler) { self.handler = handler }

        private func flush() {
            if !pending.isEmpty {
                handler.text(pending)
                pending = ""
            }
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            flush()
            handler.start(Self.localName(elementName), attributes: attributes)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?) {
            flush()
            handler.end(Self.localName(elementName))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { pending += string }

        func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) { pending += whitespaceString }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            pending += String(decoding: CDATABlock, as: UTF8.self)
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if failure == nil {
                failure = Failure(message: "\(parseError.localizedDescription)", line: parser.lineNumber)
            }
        }

        /// `x:row` -> `row` (in case a parser leaves the prefix on).
        static func localName(_ name: String) -> String {
            guard let colon = name.lastIndex(of: ":") else { return name }
            return String(name[name.index(after: colon)...])
        }
    }
}

/// OOXML's escape for characters XML cannot hold (ECMA-376 Part 1, 22.9.2.19, ST_Xstring):
/// `_x000D_` is U+000D. A literal `_x` sequence is itself written `_x005F_x...`, which
/// decodes to `_x...`.
enum OOXMLText {
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let first = scalars.first {
            if first == "_", scalars.count >= 7, scalars.dropFirst().first == "x",
               scalars[scalars.startIndex + 6] == "_" {
                let hex = String(String.UnicodeScalarView(scalars[(scalars.startIndex + 2)..<(scalars.startIndex + 6)]))
                if hex.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit }),
                   let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                    out.unicodeScalars.append(scalar)
                    scalars = scalars.dropFirst(7)
                    continue
                }
            }
            out.unicodeScalars.append(first)
            scalars = scalars.dropFirst()
        }
        return out
    }
}
