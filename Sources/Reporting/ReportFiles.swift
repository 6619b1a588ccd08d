import PanelData
import Resilience

/// Every human-readable file of an `analyze` run beyond the CSV tables: `tables.md`,
/// `tables.tex`, one SVG per chart (`fig-*.svg`), one per mapped year
/// (`fig-map-YEAR.svg`) and `report.html`, as (file name, text) pairs for the command
/// line to write. Each chart and map is drawn once and used both as a file and inline in
/// the report. Under per-year standardisation the weights-by-year table (Table 8) and
/// chart (`fig-weights.svg`) are added; the report's robustness section shows the Theil
/// decomposition (Table 7), and `sections` (e.g. the weighting sensitivity) follow it,
/// their figures written as files too.
public enum ReportFiles {
    public static func render(_ result: AnalysisResult, options: ReportOptions = ReportOptions(),
                              sections: [ReportSection] = []) -> [(name: String, text: String)] {
        let tables = AnalysisTables(result, digits: options.digits)
        let studyTables = tables.studyTables + (tables.weightsByYearTable.map { [$0] } ?? [])
        let charts = StudyCharts(result)
        let mapYears = (options.mapYears ?? ScoreMaps.defaultYears(result.input.years)).filter(result.input.years.contains)

        let captions = [
            "fig-mean": "National mean composite score (line, left axis) and its year-on-year growth in percent (bars, right axis).",
            "fig-groups": "Mean composite score of each group by year.",
            "fig-gini": "Gini coefficient of the composite score by year.",
            "fig-within": "Within-group term Gw_j of each group by year (Dagum decomposition).",
            "fig-within-between": "Within-group total Gw and between-group total Gb by year; they add up to G.",
            "fig-sources": "Source term G^m of each dimension by year; the terms add up to G.",
            "fig-weights": "Weight of each indicator in each year under per-year standardisation (Table 8).",
        ]
        var chartFigures = (charts.timeCharts + (charts.weightsByYearChart.map { [$0] } ?? [])).map { chart in
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
        let sections = [RobustnessText.section(tables)] + sections
        for figure in chartFigures + mapFigures + sections.flatMap(\.figures) {
            files.append((figure.image.name + ".svg", figure.image.document))
        }
        files.append(("report.html", HTMLReport.render(result, options: options, tables: studyTables, charts: chartFigures,
                                                       maps: mapFigures, mapsMissing: mapsMissing, sections: sections)))
        return files
    }
}
