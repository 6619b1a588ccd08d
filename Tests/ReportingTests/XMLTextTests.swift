import Testing
@testable import Reporting

/// The XML escaper: every label that reaches an SVG or report.html goes through it.
@Suite("XML escaping")
struct XMLTextTests {
    @Test("the five reserved characters become entities", arguments: [
        ("<", "&lt;"), (">", "&gt;"), ("&", "&amp;"), ("\"", "&quot;"), ("'", "&#39;"),
        ("a < b & c > \"d\" 'e'", "a &lt; b &amp; c &gt; &quot;d&quot; &#39;e&#39;"),
        ("&amp;", "&amp;amp;"),
        ("Ürümqi 乌鲁木齐", "Ürümqi 乌鲁木齐"),
        ("plain", "plain"),
    ])
    func reserved(input: String, escaped: String) {
        #expect(XMLText.escape(input) == escaped)
    }

    @Test("control characters that XML 1.0 forbids are dropped; tab and line breaks stay")
    func controls() {
        #expect(XMLText.escape("a\u{1}b\u{8}c") == "abc")
        #expect(XMLText.escape("a\tb\nc\rd") == "a\tb\nc\rd")
    }

    @Test("labels with <&>\"' survive a chart: the SVG parses and reads back the label")
    func chartLabels() throws {
        let label = "East <&> \"West\" 'North'"
        let chart = Chart(name: "fig-test", title: "Title " + label, subtitle: label,
                          xAxis: Chart.Axis("x " + label), yAxis: Chart.Axis("y " + label),
                          series: [Chart.Series(name: label, points: [Chart.Point(x: 1, y: 1), Chart.Point(x: 2, y: 3)])],
                          notes: [label])
        let svg = ChartSVGRenderer.render(chart)
        let root = try XMLTree.parse(svg.document)
        let texts = root.all("text").map(\.allText)
        #expect(texts.contains("Title " + label))
        #expect(texts.contains(label))
        #expect(texts.contains("x " + label))
        #expect(texts.contains("y " + label))
        #expect(root.seriesGroups.first?.attributes["data-series"] == label)
        #expect(root.all("title").first?.allText == "Title " + label)
    }

    @Test("unit names with <&>\"' survive a map")
    func mapLabels() throws {
        let name = "A&B <city> \"x\" 'y'"
        let breaks = try #require(ClassBreaks([1, 2, 3], classes: 2, method: .jenks))
        let map = DotMap(name: "fig-map-1", title: name, dots: [DotMap.Dot(name: name, longitude: 100, latitude: 30, value: 2)],
                         breaks: breaks, notes: [name])
        let root = try XMLTree.parse(DotMapRenderer.render(map).document)
        let unit = try #require(root.all("circle", class: "unit").first)
        #expect(unit.allText.hasPrefix(name + ":"))
    }
}
