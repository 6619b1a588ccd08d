import PanelData
import Resilience

/// The charts of a weighting sensitivity: `fig-sensitivity` (the Gini coefficient by
/// year, one line per method) and `fig-sensitivity-spearman` (the rank correlation of
/// each method's unit scores with the reference's, by year). Values as computed, no
/// smoothing; series colours follow the method order, so a method has the same colour
/// in both charts.
public struct SensitivityCharts {
    public let result: SensitivityResult

    public init(_ result: SensitivityResult) { self.result = result }

    var notes: [String] {
        result.reference.input.synthetic ? ["Data: SYNTHETIC demo panel (generated, not real city statistics)."] : []
    }

    /// `fig-sensitivity`: G by year under each method.
    public var giniChart: Chart {
        let series = result.methods.indices.map { m in
            Chart.Series(name: result.methods[m].rawValue,
                         points: result.runs[m].yearly.map { Chart.Point(x: Double($0.year), y: $0.decomposition.gini) },
                         colorIndex: m)
        }
        return Chart(name: "fig-sensitivity", title: "Gini coefficient under each weighting method",
                     subtitle: "The whole pipeline run once per method; \(result.methods[0].rawValue) is the reference",
                     xAxis: Chart.Axis("Year", integer: true), yAxis: Chart.Axis("Gini coefficient G"),
                     series: series, notes: notes)
    }

    /// `fig-sensitivity-spearman`: Spearman's rho of the unit scores with the reference
    /// method's, by year, one line per other method; nil with one method.
    public var rankChart: Chart? {
        guard result.methods.count > 1 else { return nil }
        let series = result.methods.indices.dropFirst().map { m -> Chart.Series in
            // The pair (0, m) is at position m - 1 of the pairs (0,1), (0,2), ...
            let pair = m - 1
            return Chart.Series(name: "\(result.methods[m].rawValue) vs \(result.methods[0].rawValue)",
                                points: result.years.indices.map { Chart.Point(x: Double(result.years[$0]), y: result.rankCorrelations[$0][pair]) },
                                colorIndex: m)
        }
        return Chart(name: "fig-sensitivity-spearman",
                     title: "Rank correlation of unit scores with \(result.methods[0].rawValue)",
                     subtitle: "Spearman's rho of each year's unit scores (average ranks for ties); 1 = the same ranking",
                     xAxis: Chart.Axis("Year", integer: true), yAxis: Chart.Axis("Spearman's rho"),
                     series: Array(series), notes: notes)
    }

    /// The charts in report order.
    public var charts: [Chart] { [giniChart] + (rankChart.map { [$0] } ?? []) }
}
