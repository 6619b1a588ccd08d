import PanelData
import Resilience

/// `fig-weights`: under `standardization: per-year`, the weight of every indicator in
/// every year, one line per indicator (palette colours, then dashes past seven), so
/// weights that drift over time can be seen. Nil for a pooled run (one weight set).
extension StudyCharts {
    public var weightsByYearChart: Chart? {
        guard result.standardization == .perYear else { return nil }
        let indicators = result.input.system.indicators
        let series = indicators.indices.map { j in
            Chart.Series(name: indicators[j].id,
                         points: result.weights.compactMap { weights in
                             weights.year.map { Chart.Point(x: Double($0), y: weights.set.weights[j]) }
                         },
                         colorIndex: j)
        }
        let method = result.weighting.rawValue.uppercased()
        return Chart(name: "fig-weights", title: "\(method) weight of each indicator by year",
                     subtitle: "Per-year standardisation: each year's indicators are standardised and weighted within the year",
                     xAxis: Chart.Axis("Year", integer: true), yAxis: Chart.Axis("Weight", includeZero: true),
                     series: series,
                     notes: result.input.synthetic ? ["Data: SYNTHETIC demo panel (generated, not real city statistics)."] : [])
    }
}
