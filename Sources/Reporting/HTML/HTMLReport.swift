import PanelData
import Resilience

/// One chart or map of the report: the picture and the sentence under it.
public struct ReportFigure: Sendable {
    public var image: SVGImage
    public var caption: String
    public init(image: SVGImage, caption: String) {
        self.image = image
        self.caption = caption
    }

    /// The id of the figure element in report.html.
    var anchor: String { "figure-" + image.name }
}

/// report.html: one self-contained HTML5 file. Style sheet, charts and maps are inline
/// (SVG elements, not images), the fonts are the reader's system fonts, and the only
/// script is the inline render check (``RenderCheckScript``); the file names no URL at
/// all, so it opens from the file system without a network.
///
/// Sections: a SYNTHETIC banner for the demo panel, the table of contents, the summary
/// of findings (``Findings``), the input (``InputSummary``), the method
/// (``MethodText``), any further ``ReportSection`` (the Theil robustness check, the
/// weighting sensitivity), the tables (``HTMLTableRenderer``), the charts and the maps (or why
/// there are none). Every text passes through ``XMLText``.
public enum HTMLReport {
    public static func render(_ result: AnalysisResult, options: ReportOptions, tables: [Table], charts: [ReportFigure],
                              maps: [ReportFigure], mapsMissing: String?, sections: [ReportSection] = []) -> String {
        let e = XMLText.escape
        let input = result.input
        let years = ReportPage.yearSpan(input.years)
        let title = "Urban ecological resilience: composite index and Gini decomposition" + (input.synthetic ? " (synthetic demo data)" : "")
        var html = ReportPage.opening(title: title)
        if input.synthetic { html += ReportPage.syntheticBanner }
        html += "<header><h1>\(e(title))</h1>\n<p class=\"meta\">\(e(input.units.count.description)) units, "
            + "\(e(input.years.count.description)) years\(e(years)); \(e(result.weighting.rawValue.uppercased())) weights; "
            + "written by <code>resilience analyze</code>.</p></header>\n"

        // Contents.
        html += "<nav id=\"contents\"><h2>Contents</h2>\n<ol>\n"
        html += "<li><a href=\"#findings\">Summary of findings</a></li>\n<li><a href=\"#input\">Input</a></li>\n"
        html += "<li><a href=\"#method\">Method</a></li>\n"
        for section in sections { html += section.contentsHTML }
        html += "<li><a href=\"#tables\">Tables</a><ol>\n"
        for table in tables { html += "<li><a href=\"#\(e(table.name))\">\(e(table.title))</a></li>\n" }
        html += "</ol></li>\n<li><a href=\"#charts\">Charts</a><ol>\n"
        for figure in charts { html += "<li><a href=\"#\(e(figure.anchor))\">\(e(figure.image.title))</a></li>\n" }
        html += "</ol></li>\n<li><a href=\"#maps\">Maps</a>"
        if !maps.isEmpty {
            html += "<ol>\n"
            for figure in maps { html += "<li><a href=\"#\(e(figure.anchor))\">\(e(figure.image.title))</a></li>\n" }
            html += "</ol>"
        }
        html += "</li>\n</ol></nav>\n"

        // Findings, input, method.
        html += "<section id=\"findings\"><h2>Summary of findings</h2>\n<ul class=\"findings\">\n"
        for sentence in Findings.sentences(result, digits: options.digits) { html += "<li>\(e(sentence))</li>\n" }
        html += "</ul></section>\n"
        html += "<section id=\"input\"><h2>Input</h2>\n<dl class=\"input\">\n"
        for item in InputSummary.items(result) { html += "<dt>\(e(item.term))</dt><dd>\(e(item.text))</dd>\n" }
        html += "</dl></section>\n"
        html += "<section id=\"method\"><h2>Method</h2>\n"
        for paragraph in MethodText.paragraphs(result, options: options) { html += "<p>\(e(paragraph))</p>\n" }
        html += "</section>\n"
        for section in sections { html += section.html }

        // Tables, charts, maps.
        html += "<section id=\"tables\"><h2>Tables</h2>\n"
        for table in tables { html += HTMLTableRenderer.render(table) }
        html += "</section>\n<section id=\"charts\"><h2>Charts</h2>\n"
        for figure in charts { html += figureHTML(figure) }
        html += "</section>\n<section id=\"maps\"><h2>Maps</h2>\n"
        if let mapsMissing { html += "<p>\(e(mapsMissing))</p>\n" }
        for figure in maps { html += figureHTML(figure) }
        html += "</section>\n"
        html += "<footer><p>Every number here is also in results.json and the CSV files beside this report; "
            + "the tables are in tables.md and tables.tex, each chart in its own SVG file.</p></footer>\n"
        html += "<script>\n\(RenderCheckScript.source)\n</script>\n</body>\n</html>\n"
        return html
    }

    static func figureHTML(_ figure: ReportFigure) -> String {
        "<figure class=\"chart\" id=\"\(XMLText.escape(figure.anchor))\">\n" + figure.image.inlineElement
            + "\n<figcaption>\(XMLText.escape(figure.caption))</figcaption>\n</figure>\n"
    }
}
