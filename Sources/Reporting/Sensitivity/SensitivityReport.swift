import PanelData
import Resilience

/// The weighting sensitivity in report.html: a ``ReportSection`` (findings, method,
/// tables, charts) that `analyze --sensitivity` adds to its report, and the page of its
/// own that `resilience sensitivity` writes, built from the same pieces as the analyze
/// report (style sheet, table renderer, figures, render check). Every text goes through
/// ``XMLText``.
public enum SensitivityReport {
    /// The charts as figures with their captions.
    public static func figures(_ result: SensitivityResult) -> [ReportFigure] {
        let captions = [
            "fig-sensitivity": "Gini coefficient of the composite score by year, the whole pipeline run once per weighting method.",
            "fig-sensitivity-spearman": "Spearman rank correlation of each year's unit scores with those of the reference method.",
        ]
        return SensitivityCharts(result).charts.map { chart in
            ReportFigure(image: ChartSVGRenderer.render(chart), caption: captions[chart.name] ?? chart.title)
        }
    }

    /// The section: findings, method, the tables and the figures.
    public static func section(_ result: SensitivityResult, digits: TableDigits = TableDigits(),
                               figures: [ReportFigure]? = nil) -> ReportSection {
        ReportSection(id: "sensitivity", title: "Sensitivity to the weighting method",
                      paragraphs: SensitivityText.findings(result, digits: digits) + [SensitivityText.method(result)],
                      tables: SensitivityTables(result, digits: digits).documentTables,
                      figures: figures ?? Self.figures(result))
    }

    /// report.html of `resilience sensitivity`: one self-contained page (no URL, inline
    /// SVG, system fonts) with a SYNTHETIC banner for the demo panel, the contents and
    /// the section.
    public static func page(_ result: SensitivityResult, digits: TableDigits = TableDigits(),
                            figures: [ReportFigure]? = nil) -> String {
        let e = XMLText.escape
        let input = result.reference.input
        let section = section(result, digits: digits, figures: figures)
        let years = ReportPage.yearSpan(input.years)
        let title = "Urban ecological resilience: sensitivity to the weighting method" + (input.synthetic ? " (synthetic demo data)" : "")
        var html = ReportPage.opening(title: title)
        if input.synthetic { html += ReportPage.syntheticBanner }
        html += "<header><h1>\(e(title))</h1>\n<p class=\"meta\">\(e(String(input.units.count))) units, "
            + "\(e(String(input.years.count))) years\(e(years)); methods \(e(result.methods.map(\.rawValue).joined(separator: ", "))); "
            + "written by <code>resilience sensitivity</code>.</p></header>\n"
        html += "<nav id=\"contents\"><h2>Contents</h2>\n<ol>\n" + section.contentsHTML + "</ol></nav>\n"
        html += section.html
        html += "<footer><p>Every number here is also in results.json and the CSV files beside this report "
            + "(sensitivity.csv, sensitivity-weights.csv, sensitivity-spearman.csv, sensitivity-conclusions.csv); the tables "
            + "are in sensitivity.md and sensitivity.tex, each chart in its own SVG file.</p></footer>\n"
        html += "<script>\n\(RenderCheckScript.source)\n</script>\n</body>\n</html>\n"
        return html
    }

    /// The files of a sensitivity beyond results.json and the CSV tables, as (name, text):
    /// `sensitivity.md`, `sensitivity.tex`, one SVG per chart and `report.html`.
    public static func files(_ result: SensitivityResult, digits: TableDigits = TableDigits()) -> [(name: String, text: String)] {
        let tables = SensitivityTables(result, digits: digits).documentTables
        let figures = figures(result)
        let input = result.reference.input
        let data = input.synthetic ? "the SYNTHETIC demo panel (generated, not real city data)" : input.source
        var markdown = "# Weighting sensitivity\n\nData: \(data); methods \(result.methods.map(\.rawValue).joined(separator: ", ")) "
            + "(\(result.methods[0].rawValue) is the reference).\n"
        for table in tables { markdown += "\n" + MarkdownTableRenderer.render(table) }
        var latex = "% Tables written by `resilience sensitivity`.\n"
            + "% Use with \\input{sensitivity.tex} in a document whose preamble has \\usepackage{booktabs}.\n"
        for table in tables { latex += "\n" + LaTeXTableRenderer.render(table) }
        var files: [(name: String, text: String)] = [("sensitivity.md", markdown), ("sensitivity.tex", latex)]
        for figure in figures { files.append((figure.image.name + ".svg", figure.image.document)) }
        files.append(("report.html", page(result, digits: digits, figures: figures)))
        return files
    }
}
