import PanelData
import Resilience

/// Every human-readable file of an `analyze` run beyond the CSV tables: `tables.md`,
/// `tables.tex`, one SVG per chart (`fig-*.svg`), one per mapped year
/// (`fig-map-YEAR.svg`) and `report.html`, as (file name, text) pairs for the command
/// line to write. Each chart and map is drawn once and used both as a file and inline in
/// the report.
public enum ReportFiles {
    public static func render(_ result: AnalysisResult, options: ReportOptions = ReportOptions()) -> [(name: String, text: String)] {
        let tables = AnalysisTables(result, digits: options.digits)
        let studyTables = tables.studyTables
        let charts = StudyCharts(result)
        let mapYears = (options.mapYears ?? ScoreMaps.defaultYears(result.input.years)).filter(result.input.years.contains)

        let captions = [
            "fig-mean": "National mean composite score (line, left axis) and its year-on-year growth in percent (bars, right axis).",
            "fig-groups": "Mean composite score of each group by year.",
            "fig-gini": "Gini coefficient of the composite score by year.",
            "fig-within": "Within-group term Gw_j of each group by year (Dagum decomposition).",
            "fig-within-between": "Within-group total Gw and between-group total Gb by year; they add up to G.",
            "fig-sources": "Source term G^m of each dimension by year; the terms add up to G.",
        ]
        var chartFigures = charts.timeCharts.map { chart in
            ReportFigure(image: ChartSVGRenderer.render(chart), caption: captions[chart.name] ?? chart.title)
        }
        if !mapYears.isEmpty {
            let density = charts.densityChart(years: mapYears, kernel: options.kernel, digits: options.digits.gini)
            chartFigures.append(ReportFigure(image: ChartSVGRenderer.render(density),
                                             caption: "Kernel density of the composite score in "
                                                 + mapYears.map(String.init).joined(separator: ", ") + "; "
                                                 + "\(options.kernel.title) kernel, bandwidth by \(options.kernel.bandwidthRule)."))
        }
        let maps = ScoreMaps.make(result, years: mapYears, classes: options.classes, method: options.breaks,
                                  boundaries: options.boundaries, digits: options.digits.scores)
        let mapFigures = maps.map { map in
            ReportFigure(image: DotMapRenderer.render(map),
                         caption: "Composite score of every unit with coordinates, \(map.breaks.count) classes shared by all maps.")
        }
        var mapsMissing: String?
        if maps.isEmpty {
            mapsMissing = ScoreMaps.unitsWithCoordinates(result) == 0
                ? "No maps: no unit has coordinates. Name the longitude and latitude columns under `coordinates` in the configuration."
                : "No maps: none of the chosen years has a scored unit with coordinates."
        }

        var files: [(name: String, text: String)] = [
            ("tables.md", TableDocuments.markdown(tables)),
            ("tables.tex", TableDocuments.latex(tables)),
        ]
        for figure in chartFigures + mapFigures { files.append((figure.image.name + ".svg", figure.image.document)) }
        files.append(("report.html", HTMLReport.render(result, options: options, tables: studyTables, charts: chartFigures,
                                                       maps: mapFigures, mapsMissing: mapsMissing)))
        return files
    }
}
