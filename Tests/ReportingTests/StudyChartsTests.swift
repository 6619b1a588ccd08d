import PanelData
import Testing
import Resilience
@testable import Reporting

/// Every chart and map of a demo run parses as XML and has as many series and points as
/// the data: the charts are checked against the numbers, not against pictures.
@Suite("Charts and maps of a run")
struct StudyChartsTests {
    @Test("the time charts: series and points match the yearly results")
    func timeCharts() async throws {
        let result = try await DemoResult.get()
        let charts = StudyCharts(result)
        let years = result.yearly.count
        let groups = result.input.groups.count
        let dimensions = result.input.system.dimensions.count
        let expected: [String: [Int]] = [
            "fig-mean": [years - 1, years],
            "fig-groups": Array(repeating: years, count: groups),
            "fig-gini": [years],
            "fig-within": Array(repeating: years, count: groups),
            "fig-within-between": [years, years],
            "fig-sources": Array(repeating: years, count: dimensions),
        ]
        #expect(charts.timeCharts.map(\.name).sorted() == expected.keys.sorted())
        for chart in charts.timeCharts {
            let root = try XMLTree.parse(ChartSVGRenderer.render(chart).document)
            let series = root.seriesGroups
            let counts = series.map { group -> Int in
                group.attributes["data-style"] == "bars"
                    ? group.all("rect", class: "bar").count
                    : group.all("polyline", class: "line").map(\.pointCount).reduce(0, +)
            }
            #expect(counts == expected[chart.name], "\(chart.name)")
            #expect(series.map { Int($0.attributes["data-points"] ?? "") } == counts.map { Optional($0) }, "\(chart.name)")
        }
    }

    @Test("fig-mean's bars are the year-on-year growth of the national mean")
    func growthBars() async throws {
        let result = try await DemoResult.get()
        let chart = StudyCharts(result).meanChart
        let growth = try #require(chart.series.first { $0.style == .bars })
        #expect(growth.points.count == result.yearly.count - 1)
        for (point, (previous, year)) in zip(growth.points, zip(result.yearly, result.yearly.dropFirst())) {
            #expect(point.x == Double(year.year))
            #expect(abs((point.y ?? .nan) - (year.mean / previous.mean - 1) * 100) < 1e-12)
        }
    }

    @Test("fig-density: one curve per mapped year, 256 points each, kernel and bandwidths printed", arguments: KernelDensity.Kernel.allCases)
    func density(kernel: KernelDensity.Kernel) async throws {
        let result = try await DemoResult.get()
        let years = ScoreMaps.defaultYears(result.input.years)
        let chart = StudyCharts(result).densityChart(years: years, kernel: kernel)
        let root = try XMLTree.parse(ChartSVGRenderer.render(chart).document)
        let series = root.seriesGroups
        #expect(series.count == years.count)
        #expect(series.allSatisfy { $0.all("polyline", class: "line").map(\.pointCount).reduce(0, +) == 256 })
        let text = root.all("text").map(\.allText).joined(separator: " ")
        #expect(text.contains(kernel.title))
        #expect(text.contains("h = "))
        #expect(text.contains(kernel == .gaussian ? "Silverman" : "Stata"))
    }

    @Test("the default map years: first, last and two between")
    func mapYears() {
        #expect(ScoreMaps.defaultYears(Array(2009...2023)) == [2009, 2014, 2018, 2023])
        #expect(ScoreMaps.defaultYears([2001, 2002, 2003]) == [2001, 2002, 2003])
        #expect(ScoreMaps.defaultYears(Array(2000...2004)) == [2000, 2001, 2003, 2004])
    }

    @Test("maps: one dot per unit with coordinates, the same breaks for every year", arguments: ClassBreaks.Method.allCases)
    func maps(method: ClassBreaks.Method) async throws {
        let result = try await DemoResult.get()
        let years = ScoreMaps.defaultYears(result.input.years)
        let maps = ScoreMaps.make(result, years: years, classes: 5, method: method, boundaries: nil, digits: 3)
        #expect(maps.map(\.name) == years.map { "fig-map-\($0)" })
        #expect(maps.allSatisfy { $0.breaks == maps[0].breaks })
        for map in maps {
            let root = try XMLTree.parse(DotMapRenderer.render(map).document)
            let dots = root.all("circle", class: "unit")
            #expect(dots.count == ScoreMaps.unitsWithCoordinates(result))
            #expect(root.all("rect", class: "swatch").count == map.breaks.count)
            // Each dot's class is the class of its value.
            for (dot, data) in zip(dots, map.dots) {
                #expect(dot.attributes["data-class"] == String(map.breaks.classIndex(of: data.value)))
            }
            // The legend prints every break.
            let legend = root.all("g", class: "legend").first?.all("text").map(\.allText).joined(separator: " ") ?? ""
            for upper in map.breaks.uppers { #expect(legend.contains(NumberText.fixed(upper, digits: 3))) }
        }
    }
}

