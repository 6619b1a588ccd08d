import Testing
@testable import Reporting

/// The SVG chart renderer, read back with an XML parser.
@Suite("Chart SVG")
struct ChartSVGTests {
    static func points(_ ys: [Double?], from x: Double = 2000) -> [Chart.Point] {
        ys.enumerated().map { Chart.Point(x: x + Double($0.offset), y: $0.element) }
    }

    @Test("one g.series per series, one polyline point and one marker per value")
    func lines() throws {
        let chart = Chart(name: "fig-lines", title: "Lines", xAxis: Chart.Axis("Year", integer: true), yAxis: Chart.Axis("Value"),
                          series: [Chart.Series(name: "a", points: Self.points([1, 2, 3, 4])),
                                   Chart.Series(name: "b", points: Self.points([4, 3, 2, 1])),
                                   Chart.Series(name: "c", points: Self.points([2, 2, 2, 2]), style: .line(markers: false))])
        let root = try XMLTree.parse(ChartSVGRenderer.render(chart).document)
        #expect(root.name == "svg")
        let series = root.seriesGroups
        #expect(series.map { $0.attributes["data-series"] } == ["a", "b", "c"])
        for group in series {
            #expect(group.attributes["data-points"] == "4")
            #expect(group.all("polyline", class: "line").map(\.pointCount).reduce(0, +) == 4)
        }
        #expect(series[0].all("circle", class: "marker").count == 4)
        #expect(series[2].all("circle", class: "marker").isEmpty)
        // Legend: one entry per series.
        let legend = try #require(root.all("g", class: "legend").first)
        #expect(legend.all("text").map(\.allText) == ["a", "b", "c"])
    }

    @Test("a missing value breaks the line and is not counted")
    func gaps() throws {
        let chart = Chart(name: "fig-gap", title: "Gap", xAxis: Chart.Axis("Year", integer: true), yAxis: Chart.Axis("Value"),
                          series: [Chart.Series(name: "a", points: Self.points([1, 2, nil, 4, 5, .nan, 7]))])
        let root = try XMLTree.parse(ChartSVGRenderer.render(chart).document)
        let group = try #require(root.seriesGroups.first)
        #expect(group.attributes["data-points"] == "5")
        #expect(group.all("polyline", class: "line").map(\.pointCount) == [2, 2, 1])
        #expect(group.all("circle", class: "marker").count == 5)
    }

    @Test("bars: one rect per value, on the secondary axis when asked")
    func bars() throws {
        let chart = Chart(name: "fig-bars", title: "Bars", xAxis: Chart.Axis("Year", integer: true), yAxis: Chart.Axis("Level"),
                          secondaryAxis: Chart.Axis("Growth (%)", includeZero: true),
                          series: [Chart.Series(name: "growth", points: Self.points([1.5, -0.5, 2.0], from: 2001), style: .bars, axis: .secondary),
                                   Chart.Series(name: "level", points: Self.points([10, 11, 10.9, 11.2]))])
        let root = try XMLTree.parse(ChartSVGRenderer.render(chart).document)
        let series = root.seriesGroups
        #expect(series.count == 2)
        let bars = series.first { $0.attributes["data-series"] == "growth" }
        #expect(bars?.all("rect", class: "bar").count == 3)
        #expect(bars?.attributes["data-style"] == "bars")
        #expect(!root.all("g", class: "y2-axis").isEmpty)
        // Every bar has a positive width and a non-negative height.
        for rect in bars?.all("rect", class: "bar") ?? [] {
            #expect((Double(rect.attributes["width"] ?? "") ?? 0) > 0)
            #expect((Double(rect.attributes["height"] ?? "") ?? -1) >= 0)
        }
    }

    @Test("a band is drawn where consecutive points have lower and upper bounds")
    func bands() throws {
        let points = [Chart.Point(x: 1, y: 1, lower: 0.5, upper: 1.5), Chart.Point(x: 2, y: 2, lower: 1.5, upper: 2.5),
                      Chart.Point(x: 3, y: 3), Chart.Point(x: 4, y: 4, lower: 3, upper: 5), Chart.Point(x: 5, y: 5, lower: 4, upper: 6),
                      Chart.Point(x: 6, y: 6, lower: 5, upper: 7)]
        let chart = Chart(name: "fig-band", title: "Band", xAxis: Chart.Axis("x"), yAxis: Chart.Axis("y"),
                          series: [Chart.Series(name: "a", points: points)])
        let root = try XMLTree.parse(ChartSVGRenderer.render(chart).document)
        let bands = root.all("polygon", class: "band")
        // Two runs: points 1-2 and 4-6; each polygon goes out along the upper bounds and back along the lower.
        #expect(bands.map(\.pointCount) == [4, 6])
    }

    @Test("the value axis covers the bands and labels its ticks with the step's decimals")
    func axisCoversBands() throws {
        let chart = Chart(name: "fig-axis", title: "Axis", xAxis: Chart.Axis("x"), yAxis: Chart.Axis("y"),
                          series: [Chart.Series(name: "a", points: [Chart.Point(x: 0, y: 0.5, lower: 0.1, upper: 0.9),
                                                                    Chart.Point(x: 1, y: 0.6, lower: 0.2, upper: 1.2)])])
        let root = try XMLTree.parse(ChartSVGRenderer.render(chart).document)
        let labels = try #require(root.all("g", class: "y-axis").first).all("text").map(\.allText)
        #expect(labels.first == "0.0")
        #expect(labels.contains("1.2") || labels.contains("1.4") || labels.contains("1.5"))
    }

    @Test("the inline form has no namespace URL; the file form has the SVG namespace")
    func inlineForm() {
        let chart = Chart(name: "fig-x", title: "X", xAxis: Chart.Axis("x"), yAxis: Chart.Axis("y"),
                          series: [Chart.Series(name: "a", points: [Chart.Point(x: 0, y: 1), Chart.Point(x: 1, y: 2)])])
        let image = ChartSVGRenderer.render(chart)
        #expect(image.document.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!image.inlineElement.contains("http"))
        #expect(image.inlineElement.hasPrefix("<svg "))
    }

    @Test("Okabe-Ito colours for series; viridis for classes, dark to light")
    func palette() {
        #expect(ChartPalette.categorical(0) == "#0072B2")
        #expect(ChartPalette.categorical(7) == ChartPalette.categorical(0))
        #expect(ChartPalette.dash(0) == nil && ChartPalette.dash(7) != nil)
        #expect(ChartPalette.sequential(0, of: 5) == "#440154")
        #expect(ChartPalette.sequential(4, of: 5) == "#FDE725")
        #expect(ChartPalette.sequential(2, of: 5) == "#21918C")
    }
}
