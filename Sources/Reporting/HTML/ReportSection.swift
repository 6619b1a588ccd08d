/// A section of report.html beyond the fixed ones (findings, input, method, tables,
/// charts, maps): the robustness check (Theil) of every run and the weighting
/// sensitivity of `analyze --sensitivity` or `resilience sensitivity`.
///
/// Paragraphs first, then the tables, then the figures; every text goes through
/// ``XMLText``. The contents list links to the section and to each of its tables and
/// figures, so their ids (``Table/name``, ``ReportFigure/anchor``) must be unique in
/// the page.
public struct ReportSection: Sendable {
    /// The element id (`robustness`, `sensitivity`).
    public var id: String
    public var title: String
    public var paragraphs: [String]
    public var tables: [Table]
    public var figures: [ReportFigure]

    public init(id: String, title: String, paragraphs: [String], tables: [Table] = [], figures: [ReportFigure] = []) {
        self.id = id
        self.title = title
        self.paragraphs = paragraphs
        self.tables = tables
        self.figures = figures
    }

    /// The entry of the contents list: a link to the section, with its tables and
    /// figures below it.
    var contentsHTML: String {
        let e = XMLText.escape
        var html = "<li><a href=\"#\(e(id))\">\(e(title))</a>"
        let items = tables.map { ($0.name, $0.title) } + figures.map { ($0.anchor, $0.image.title) }
        if !items.isEmpty {
            html += "<ol>\n"
            for (anchor, title) in items { html += "<li><a href=\"#\(e(anchor))\">\(e(title))</a></li>\n" }
            html += "</ol>"
        }
        return html + "</li>\n"
    }

    /// The `<section>` element.
    var html: String {
        let e = XMLText.escape
        var html = "<section id=\"\(e(id))\"><h2>\(e(title))</h2>\n"
        for paragraph in paragraphs { html += "<p>\(e(paragraph))</p>\n" }
        for table in tables { html += HTMLTableRenderer.render(table) }
        for figure in figures { html += HTMLReport.figureHTML(figure) }
        return html + "</section>\n"
    }
}
