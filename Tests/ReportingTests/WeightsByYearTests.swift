import DemoPanel
import PanelData
import PanelIO
import Resilience
import Testing
@testable import Reporting

/// Per-year weights (`standardization: per-year`) as a table and a chart (issue 8, point 6).
@Suite("Weights by year")
struct WeightsByYearTests {
    static let perYear = Task { () throws -> AnalysisResult in
        var configuration = AnalysisConfiguration.study
        configuration.standardization = .perYear
        return try await Analysis.run(panel: DemoPanel.make(), configuration: configuration, source: "demo", synthetic: true)
    }

    @Test("weights-by-year.csv: year, indicator, weight for every year and indicator; Table 8 has one column per year")
    func tables() async throws {
        let result = try await Self.perYear.value
        let tables = AnalysisTables(result)
        let indicators = result.input.system.count, years = result.input.years.count
        let csv = try #require(tables.weightsByYearCSV)
        #expect(tables.csvFiles.map(\.file).contains("weights-by-year.csv"))
        #expect(csv.columns.map(\.header) == ["year", "indicator", "weight"])
        #expect(csv.rows.count == indicators * years)
        let text = CSVTableRenderer.render(csv)
        let second = result.weights[1]
        #expect(text.contains("\(second.year ?? 0),\(result.input.system.indicators[0].id),"
            + (NumberText.roundTrip(second.set.weights[0]) ?? "")))
        let wide = try #require(tables.weightsByYearTable)
        #expect(wide.columns.count == 1 + years + 1)
        #expect(wide.rows.count == indicators + result.input.system.dimensions.count)
        #expect(tables.documentTables.last?.name == wide.name)
        #expect(LaTeXTableRenderer.numberedTitle(wide.title).number == "8")
    }

    @Test("fig-weights: one line per indicator with one point per year; parsed back from the SVG")
    func chart() async throws {
        let result = try await Self.perYear.value
        let chart = try #require(StudyCharts(result).weightsByYearChart)
        let root = try XMLTree.parse(ChartSVGRenderer.render(chart).document)
        let series = root.seriesGroups
        #expect(series.count == result.input.system.count)
        #expect(series.map { $0.attributes["data-series"] ?? "" } == result.input.system.indicators.map(\.id))
        #expect(series.allSatisfy { $0.all("polyline", class: "line").map(\.pointCount).reduce(0, +) == result.input.years.count })
        let files = Dictionary(ReportFiles.render(result).map { ($0.name, $0.text) }, uniquingKeysWith: { a, _ in a })
        #expect(files["fig-weights.svg"] != nil)
        let html = try #require(files["report.html"])
        #expect(html.contains("id=\"figure-fig-weights\""))
        #expect(html.contains("<table id=\"table8-weights-by-year\">"))
    }

    @Test("a pooled run has neither the table nor the chart")
    func pooled() async throws {
        let result = try await DemoResult.get()
        #expect(AnalysisTables(result).weightsByYearCSV == nil)
        #expect(AnalysisTables(result).weightsByYearTable == nil)
        #expect(StudyCharts(result).weightsByYearChart == nil)
    }
}
