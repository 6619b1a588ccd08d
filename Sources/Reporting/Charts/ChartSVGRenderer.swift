import PanelData

/// Draws a ``Chart`` as SVG: title and subtitle, plot area with horizontal grid lines at
/// the value ticks, the x axis at the bottom, the primary value axis on the left and the
/// secondary one (if any) on the right, each with ``NiceScale`` ticks and a label; the
/// series (the bands of all series first, so that no band covers a line, then bars, then
/// lines and markers); a legend under the plot (a series with a band gets a shaded
/// swatch behind its line) and the chart's notes under the legend.
///
/// The drawing is marked up so that a program can read it back: each series is a
/// `<g class="series" data-series="NAME" data-style="line|bars" data-points="N">` holding
/// its `polyline.line` elements (one per unbroken run of points), `circle.marker` and
/// `rect.bar` elements; N is the number of points with a finite value. The bands of a
/// series are in `<g class="bands" data-series="NAME">`, one `polygon.band` per run of
/// consecutive points that all have a band (the series' colour at opacity 0.18).
///
/// Layout: 720 px wide; the plot area is 300 px high; the height grows with the number
/// of legend rows and notes. Bars of several series share each x slot side by side; a
/// slot is 70% of the smallest distance between two x values. Complexity O(points).
public enum ChartSVGRenderer {
    static let width = 720.0
    static let plotHeight = 300.0

    public static func render(_ chart: Chart) -> SVGImage {
        let primary = chart.series.filter { $0.axis == .primary }
        let secondary = chart.series.filter { $0.axis == .secondary }
        let yScale = valueScale(primary, axis: chart.yAxis)
        let y2Scale = chart.secondaryAxis.map { valueScale(secondary, axis: $0) }

        // x domain: the data, widened by half a slot when there are bars.
        let xs = chart.series.flatMap { $0.points.map(\.x) }.filter(\.isFinite)
        let distinct = Array(Set(xs)).sorted()
        let spacing = zip(distinct, distinct.dropFirst()).map { $1 - $0 }.min() ?? 1
        let hasBars = chart.series.contains { $0.style == .bars }
        let xScale = NiceScale(min: distinct.first ?? 0, max: distinct.last ?? 1, targetTicks: 8, mode: .tight,
                               integer: chart.xAxis.integer)
        let pad = hasBars ? spacing / 2 : 0
        let xLow = xScale.lower - pad, xHigh = xScale.upper + pad

        // Margins from the widest tick label.
        let yLabels = yScale.ticks.map { tickLabel($0, scale: yScale, axis: chart.yAxis) }
        var y2Labels: [String] = []
        if let y2Scale, let axis = chart.secondaryAxis { y2Labels = y2Scale.ticks.map { tickLabel($0, scale: y2Scale, axis: axis) } }
        let left = 28 + (yLabels.map { SVGWriter.textWidth($0, size: 11) }.max() ?? 20) + 8
        let right = y2Scale == nil ? 24 : 28 + (y2Labels.map { SVGWriter.textWidth($0, size: 11) }.max() ?? 20) + 8
        let top = chart.subtitle == nil ? 44.0 : 62.0
        let plotWidth = width - left - right
        let bottom = top + plotHeight

        func px(_ x: Double) -> Double { left + (xHigh > xLow ? (x - xLow) / (xHigh - xLow) : 0.5) * plotWidth }
        func py(_ y: Double, _ scale: NiceScale) -> Double { bottom - scale.fraction(y) * plotHeight }

        // Legend rows.
        let legendTop = bottom + 52
        var legendItems: [(index: Int, x: Double, y: Double)] = []
        var cursorX = left, cursorY = legendTop
        for (index, series) in chart.series.enumerated() {
            let itemWidth = 34 + SVGWriter.textWidth(series.name, size: 12) + 18
            if cursorX + itemWidth > width - 12, cursorX > left {
                cursorX = left
                cursorY += 20
            }
            legendItems.append((index, cursorX, cursorY))
            cursorX += itemWidth
        }
        let notesTop = (legendItems.last?.y ?? legendTop - 20) + 24
        let noteLines = chart.notes.flatMap { SVGWriter.wrap($0, width: width - left - 12, size: 11) }
        let height = notesTop + Double(noteLines.count) * 16 + 8

        var svg = SVGWriter()
        svg.element("rect", ["class": "background", "x": "0", "y": "0", "width": SVGWriter.number(width),
                             "height": SVGWriter.number(height), "fill": "#ffffff"])
        svg.label(chart.title, x: left, y: 24, size: 16, weight: "bold", className: "title")
        if let subtitle = chart.subtitle { svg.label(subtitle, x: left, y: 44, size: 12, className: "subtitle") }

        // Grid and axes.
        svg.open("g", ["class": "grid", "stroke": "#dddddd", "stroke-width": "1"])
        for tick in yScale.ticks {
            let y = SVGWriter.number(py(tick, yScale))
            svg.element("line", ["x1": SVGWriter.number(left), "x2": SVGWriter.number(left + plotWidth), "y1": y, "y2": y])
        }
        svg.close("g")
        if yScale.lower < 0 && yScale.upper > 0 {
            let y = SVGWriter.number(py(0, yScale))
            svg.element("line", ["class": "zero", "x1": SVGWriter.number(left), "x2": SVGWriter.number(left + plotWidth),
                                 "y1": y, "y2": y, "stroke": "#888888", "stroke-width": "1"])
        }
        svg.open("g", ["class": "axis x-axis", "fill": "#333333"])
        svg.element("line", ["x1": SVGWriter.number(left), "x2": SVGWriter.number(left + plotWidth),
                             "y1": SVGWriter.number(bottom), "y2": SVGWriter.number(bottom), "stroke": "#333333"])
        for tick in xScale.ticks {
            let x = px(tick)
            svg.element("line", ["x1": SVGWriter.number(x), "x2": SVGWriter.number(x), "y1": SVGWriter.number(bottom),
                                 "y2": SVGWriter.number(bottom + 5), "stroke": "#333333"])
            svg.label(tickLabel(tick, scale: xScale, axis: chart.xAxis), x: x, y: bottom + 18, anchor: "middle", size: 11)
        }
        svg.label(chart.xAxis.label, x: left + plotWidth / 2, y: bottom + 38, anchor: "middle", className: "axis-label")
        svg.close("g")
        svg.open("g", ["class": "axis y-axis", "fill": "#333333"])
        svg.element("line", ["x1": SVGWriter.number(left), "x2": SVGWriter.number(left), "y1": SVGWriter.number(top),
                             "y2": SVGWriter.number(bottom), "stroke": "#333333"])
        for (tick, label) in zip(yScale.ticks, yLabels) {
            svg.label(label, x: left - 6, y: py(tick, yScale) + 4, anchor: "end", size: 11)
        }
        svg.label(chart.yAxis.label, x: 14, y: top + plotHeight / 2, anchor: "middle", rotate: true, className: "axis-label")
        svg.close("g")
        if let y2Scale, let axis = chart.secondaryAxis {
            let x = left + plotWidth
            svg.open("g", ["class": "axis y2-axis", "fill": "#333333"])
            svg.element("line", ["x1": SVGWriter.number(x), "x2": SVGWriter.number(x), "y1": SVGWriter.number(top),
                                 "y2": SVGWriter.number(bottom), "stroke": "#333333"])
            for (tick, label) in zip(y2Scale.ticks, y2Labels) {
                svg.label(label, x: x + 6, y: py(tick, y2Scale) + 4, size: 11)
            }
            svg.label(axis.label, x: width - 10, y: top + plotHeight / 2, anchor: "middle", rotate: true, className: "axis-label")
            svg.close("g")
        }

        // Bands first (under everything): one polygon per run of points that all have a band.
        for (index, series) in chart.series.enumerated() {
            let bands = bandRuns(series)
            guard !bands.isEmpty else { continue }
            let scale = series.axis == .secondary ? (y2Scale ?? yScale) : yScale
            let color = ChartPalette.categorical(series.colorIndex ?? index)
            svg.open("g", ["class": "bands", "data-series": series.name])
            for run in bands {
                let upper = run.map { (px($0.x), py($0.band!.1, scale)) }
                let lower = run.reversed().map { (px($0.x), py($0.band!.0, scale)) }
                svg.element("polygon", ["class": "band", "points": SVGWriter.points(upper + lower), "fill": color,
                                        "fill-opacity": "0.18", "stroke": "none"])
            }
            svg.close("g")
        }

        // Series: bars, then lines.
        let barSeries = chart.series.indices.filter { chart.series[$0].style == .bars }
        let slot = (xHigh > xLow ? spacing / (xHigh - xLow) * plotWidth : plotWidth) * 0.7
        let order = chart.series.indices.sorted { (chart.series[$0].style == .bars ? 0 : 1) < (chart.series[$1].style == .bars ? 0 : 1) }
        for index in order {
            let series = chart.series[index]
            let scale = series.axis == .secondary ? (y2Scale ?? yScale) : yScale
            let color = ChartPalette.categorical(series.colorIndex ?? index)
            let dash = ChartPalette.dash(series.colorIndex ?? index)
            let style = series.style == .bars ? "bars" : "line"
            svg.open("g", ["class": "series", "data-series": series.name, "data-style": style,
                           "data-points": String(series.drawnPointCount)])
            switch series.style {
            case .bars:
                let position = barSeries.firstIndex(of: index) ?? 0
                let barWidth = slot / Double(max(1, barSeries.count))
                let zero = py(min(max(0, scale.lower), scale.upper), scale)
                for point in series.points {
                    guard let y = point.drawable else { continue }
                    let x = px(point.x) - slot / 2 + Double(position) * barWidth
                    let top = min(py(y, scale), zero), barHeight = abs(py(y, scale) - zero)
                    svg.element("rect", ["class": "bar", "x": SVGWriter.number(x), "y": SVGWriter.number(top),
                                         "width": SVGWriter.number(barWidth * 0.92), "height": SVGWriter.number(barHeight),
                                         "fill": color, "fill-opacity": "0.75"])
                }
            case let .line(markers):
                for run in runs(series.points, where: { $0.drawable != nil }) {
                    let points = run.map { (px($0.x), py($0.drawable!, scale)) }
                    if let dash {
                        svg.element("polyline", ["class": "line", "points": SVGWriter.points(points), "fill": "none",
                                                 "stroke": color, "stroke-width": "2", "stroke-dasharray": dash])
                    } else {
                        svg.element("polyline", ["class": "line", "points": SVGWriter.points(points), "fill": "none",
                                                 "stroke": color, "stroke-width": "2"])
                    }
                    if markers {
                        for (x, y) in points {
                            svg.element("circle", ["class": "marker", "cx": SVGWriter.number(x), "cy": SVGWriter.number(y),
                                                   "r": "3", "fill": color])
                        }
                    }
                }
            }
            svg.close("g")
        }

        // Legend and notes.
        svg.open("g", ["class": "legend"])
        for item in legendItems {
            let series = chart.series[item.index]
            let color = ChartPalette.categorical(series.colorIndex ?? item.index)
            let y = item.y
            switch series.style {
            case .bars:
                svg.element("rect", ["x": SVGWriter.number(item.x), "y": SVGWriter.number(y - 9), "width": "24", "height": "10",
                                     "fill": color, "fill-opacity": "0.75"])
            case let .line(markers):
                if !bandRuns(series).isEmpty {
                    svg.element("rect", ["class": "band-swatch", "x": SVGWriter.number(item.x), "y": SVGWriter.number(y - 10),
                                         "width": "24", "height": "12", "fill": color, "fill-opacity": "0.18"])
                }
                var attributes: [(String, String)] = [("x1", SVGWriter.number(item.x)), ("x2", SVGWriter.number(item.x + 24)),
                                                      ("y1", SVGWriter.number(y - 4)), ("y2", SVGWriter.number(y - 4)),
                                                      ("stroke", color), ("stroke-width", "2")]
                if let dash = ChartPalette.dash(series.colorIndex ?? item.index) { attributes.append(("stroke-dasharray", dash)) }
                svg.element("line", pairs: attributes)
                if markers {
                    svg.element("circle", ["cx": SVGWriter.number(item.x + 12), "cy": SVGWriter.number(y - 4), "r": "3", "fill": color])
                }
            }
            svg.label(series.name, x: item.x + 30, y: y)
        }
        svg.close("g")
        if !noteLines.isEmpty {
            svg.open("g", ["class": "notes", "fill": "#444444"])
            for (index, note) in noteLines.enumerated() {
                svg.label(note, x: left, y: notesTop + Double(index) * 16, size: 11)
            }
            svg.close("g")
        }
        return SVGImage(name: chart.name, title: chart.title, width: width, height: height, content: svg.text)
    }

    /// The value scale of the series on one axis (their values and bands), with 0 when the
    /// axis asks for it.
    static func valueScale(_ series: [Chart.Series], axis: Chart.Axis) -> NiceScale {
        var low = Double.infinity, high = -Double.infinity
        for item in series {
            for point in item.points {
                if let y = point.drawable { low = min(low, y); high = max(high, y) }
                if let (lower, upper) = point.band { low = min(low, lower); high = max(high, upper) }
            }
        }
        if axis.includeZero || series.contains(where: { $0.style == .bars }) { low = min(low, 0); high = max(high, 0) }
        if low > high { (low, high) = (0, 1) }
        return NiceScale(min: low, max: high, targetTicks: 6, mode: .loose, integer: axis.integer)
    }

    static func tickLabel(_ value: Double, scale: NiceScale, axis: Chart.Axis) -> String {
        NumberText.fixed(value, digits: axis.integer ? 0 : (axis.decimals ?? scale.decimals))
    }

    /// The runs of a series' points that are drawn as bands: two or more consecutive
    /// points, each with a finite lower and upper bound.
    static func bandRuns(_ series: Chart.Series) -> [[Chart.Point]] {
        runs(series.points, where: { $0.band != nil }).filter { $0.count > 1 }
    }

    /// Maximal runs of consecutive points that satisfy `include`.
    static func runs(_ points: [Chart.Point], where include: (Chart.Point) -> Bool) -> [[Chart.Point]] {
        var runs: [[Chart.Point]] = [], current: [Chart.Point] = []
        for point in points {
            if include(point) {
                current.append(point)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
