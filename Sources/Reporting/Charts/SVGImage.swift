import PanelData

/// A finished SVG picture: its size, its accessible title and its content, written either
/// as a standalone file or as an element to inline in HTML.
///
/// Every id inside `content` starts with ``name`` so that several pictures can share one
/// HTML page. Text is real SVG `<text>` in the generic `sans-serif` family (no font is
/// referenced or embedded).
public struct SVGImage: Sendable {
    /// The file stem (`fig-mean`), also the id prefix.
    public var name: String
    public var title: String
    public var width: Double
    public var height: Double
    /// The elements inside the root `<svg>` element.
    public var content: String

    public init(name: String, title: String, width: Double, height: Double, content: String) {
        self.name = name
        self.title = title
        self.width = width
        self.height = height
        self.content = content
    }

    /// The `.svg` file: XML declaration, SVG namespace, `<title>`, content.
    public var document: String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root(namespace: true) + "\n"
    }

    /// The element for report.html. It carries no namespace attribute: the HTML parser puts
    /// an inline `<svg>` in the SVG namespace itself, and so the report holds no URL at all.
    public var inlineElement: String { root(namespace: false) }

    private func root(namespace: Bool) -> String {
        let size = "width=\"\(SVGWriter.number(width))\" height=\"\(SVGWriter.number(height))\" "
            + "viewBox=\"0 0 \(SVGWriter.number(width)) \(SVGWriter.number(height))\""
        return "<svg " + (namespace ? "xmlns=\"http://www.w3.org/2000/svg\" " : "") + size
            + " role=\"img\" aria-labelledby=\"\(XMLText.escape(name))-title\" id=\"\(XMLText.escape(name))\""
            + " font-family=\"sans-serif\" font-size=\"12\">"
            + "<title id=\"\(XMLText.escape(name))-title\">\(XMLText.escape(title))</title>\n"
            + content + "</svg>"
    }
}

/// Writes SVG elements: every attribute value and every text goes through ``XMLText``;
/// every coordinate through ``number(_:)``.
struct SVGWriter {
    private(set) var text = ""

    /// An attribute list: names are program constants, values are escaped here.
    typealias Attributes = KeyValuePairs<String, String>

    mutating func open(_ name: String, _ attributes: Attributes = [:]) {
        text += "<" + name + Self.attributes(attributes) + ">\n"
    }

    /// Mark-up written by the caller, who has escaped every text in it.
    mutating func raw(_ markup: String) {
        text += markup
    }

    mutating func close(_ name: String) {
        text += "</" + name + ">\n"
    }

    /// An element with text content (escaped) or an empty element.
    mutating func element(_ name: String, _ attributes: Attributes, text content: String? = nil) {
        if let content {
            text += "<" + name + Self.attributes(attributes) + ">" + XMLText.escape(content) + "</" + name + ">\n"
        } else {
            text += "<" + name + Self.attributes(attributes) + "/>\n"
        }
    }

    /// A `<text>` element.
    mutating func label(_ content: String, x: Double, y: Double, anchor: String = "start", size: Double? = nil,
                        weight: String? = nil, rotate: Bool = false, className: String? = nil) {
        var attributes = " x=\"\(Self.number(x))\" y=\"\(Self.number(y))\""
        if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
        if let size { attributes += " font-size=\"\(Self.number(size))\"" }
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        if rotate { attributes += " transform=\"rotate(-90 \(Self.number(x)) \(Self.number(y)))\"" }
        if let className { attributes += " class=\"\(XMLText.escape(className))\"" }
        text += "<text" + attributes + ">" + XMLText.escape(content) + "</text>\n"
    }

    /// An empty element whose attribute list is built at run time.
    mutating func element(_ name: String, pairs: [(String, String)]) {
        var out = ""
        for (key, value) in pairs { out += " " + key + "=\"" + XMLText.escape(value) + "\"" }
        text += "<" + name + out + "/>\n"
    }

    static func attributes(_ attributes: Attributes) -> String {
        var out = ""
        for (key, value) in attributes { out += " " + key + "=\"" + XMLText.escape(value) + "\"" }
        return out
    }

    /// A coordinate: two decimals (a hundredth of a pixel), trailing zeros dropped,
    /// through the project's number formatter (never `nan`; a non-finite value is 0).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        var text = NumberText.fixed(value, digits: 2)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// The `points` attribute of a polyline or polygon.
    static func points(_ points: [(Double, Double)]) -> String {
        points.map { number($0.0) + "," + number($0.1) }.joined(separator: " ")
    }

    /// `text` broken at spaces into lines of at most `width` pixels (by ``textWidth``); a
    /// word longer than the width gets a line of its own.
    static func wrap(_ text: String, width: Double, size: Double) -> [String] {
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty && textWidth(candidate, size: size) > width {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// An estimate of the width of `text` in pixels at `size` (average glyph 0.6 em for
    /// sans-serif digits and lower-case), used for layout only.
    static func textWidth(_ text: String, size: Double) -> Double {
        Double(text.count) * size * 0.6
    }
}
