import Testing
import Resilience
@testable import Reporting

/// Error bands of the bootstrap in the study charts (issue 7, point 3), read back from
/// the SVG with an XML parser: fig-gini, fig-within, fig-within-between and fig-sources
/// shade every series' percentile interval when the run has a bootstrap, and no chart
/// has a band when it has none.
@Suite("bootstrap bands in the charts")
struct BootstrapChartsTests {
    static let banded = ["fig-gini", "fig-within", "fig-within-between", "fig-sources"]

    @Test("one band per series of the banded charts, over every year, in the series' colour, with a note")
    func bands() async throws {
        let result = try await DemoBootstrapResult.get()
        let bootstrap = try #require(result.bootstrap)
        let years = result.yearly.count
        let charts = StudyCharts(result).timeCharts.filter { Self.banded.contains($0.name) }
        #expect(charts.map(\.name) == Self.banded)
        for chart in charts {
            let root = try XMLTree.parse(ChartSVGRenderer.render(chart).document)
            let bandGroups = root.all("g", class: "bands")
            // One band group per series, named like the series, each with one polygon
            // (no year lacks an interval, so the band is one run) of 2 points per year.
            #expect(bandGroups.map { $0.attributes["data-series"] } == chart.series.map { Optional($0.name) }, "\(chart.name)")
            for group in bandGroups {
                let polygons = group.all("polygon", class: "band")
                #expect(polygons.count == 1, "\(chart.name)")
                #expect(polygons.first?.pointCount == 2 * years, "\(chart.name)")
            }
            #expect(root.all("polygon", class: "band").count == chart.series.count, "\(chart.name)")
            // The band has the colour of the series' line.
            for (group, series) in zip(bandGroups, root.seriesGroups) {
                let fill = group.all("polygon", class: "band").first?.attributes["fill"]
                #expect(fill != nil && fill == series.all("polyline", class: "line").first?.attributes["stroke"], "\(chart.name)")
            }
            // The legend shades a swatch behind each banded series' line.
            let legend = try #require(root.all("g", class: "legend").first)
            #expect(legend.all("rect", class: "band-swatch").count == chart.series.count, "\(chart.name)")
            // Bands are drawn before (under) every line.
            let order = root.descendants.filter { $0.classes.contains("bands") || $0.classes.contains("series") }
            let lastBand = order.lastIndex { $0.classes.contains("bands") } ?? -1
            let firstSeries = order.firstIndex { $0.classes.contains("series") } ?? Int.max
            #expect(lastBand < firstSeries, "\(chart.name)")
            #expect(root.all("g", class: "notes").first?.allText.contains("Shaded: 90% bootstrap interval (39 replicates).") == true,
                    "\(chart.name)")
        }
        #expect(bootstrap.options.replicates == 39)
    }

    @Test("the bands are the bootstrap's intervals: fig-gini's points carry each year's interval of G")
    func bandValues() async throws {
        let result = try await DemoBootstrapResult.get()
        let bootstrap = try #require(result.bootstrap)
        let series = try #require(StudyCharts(result).giniChart.series.first)
        #expect(series.points.map(\.lower) == bootstrap.years.map { Optional($0.gini.lower) })
        #expect(series.points.map(\.upper) == bootstrap.years.map { Optional($0.gini.upper) })
        let within = StudyCharts(result).withinBetweenChart.series
        #expect(within[1].points.map(\.upper) == bootstrap.years.map { Optional($0.betweenTotal.upper) })
    }

    @Test("no bootstrap: no band and no note in any chart, and the charts are those of the run without the intervals")
    func noBootstrap() async throws {
        let plain = try await DemoResult.get()
        for chart in StudyCharts(plain).timeCharts {
            let svg = ChartSVGRenderer.render(chart).document
            let root = try XMLTree.parse(svg)
            #expect(root.all("polygon", class: "band").isEmpty, "\(chart.name)")
            #expect(root.all("g", class: "bands").isEmpty, "\(chart.name)")
            #expect(root.all("rect", class: "band-swatch").isEmpty, "\(chart.name)")
            #expect(!svg.contains("Shaded"), "\(chart.name)")
        }
        // The bootstrap run with its intervals removed draws exactly the plain charts.
        var stripped = try await DemoBootstrapResult.get()
        stripped.bootstrap = nil
        let withoutIntervals = StudyCharts(stripped).timeCharts.map { ChartSVGRenderer.render($0).document }
        #expect(withoutIntervals == StudyCharts(plain).timeCharts.map { ChartSVGRenderer.render($0).document })
    }

    @Test("the other charts have no band even with a bootstrap")
    func unbandedCharts() async throws {
        let result = try await DemoBootstrapResult.get()
        for chart in StudyCharts(result).timeCharts where !Self.banded.contains(chart.name) {
            let root = try XMLTree.parse(ChartSVGRenderer.render(chart).document)
            #expect(root.all("polygon", class: "band").isEmpty, "\(chart.name)")
        }
    }
}
