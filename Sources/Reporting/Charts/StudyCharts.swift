import Foundation
import PanelData
import Resilience

/// The charts of a run (fig-mean, fig-groups, fig-gini, fig-within, fig-within-between,
/// fig-sources, fig-density), built from an ``AnalysisResult``; every value comes from
/// the result as it is (no smoothing). Charts of the synthetic demo panel say so in a
/// note. When the run has a bootstrap, fig-gini, fig-within, fig-within-between and
/// fig-sources shade each series' percentile interval and say so in a note.
public struct StudyCharts {
    public let result: AnalysisResult

    public init(_ result: AnalysisResult) { self.result = result }

    var yearAxis: Chart.Axis { Chart.Axis("Year", integer: true) }
    var groups: [String] { result.input.groups }
    var dataNote: [String] { result.input.synthetic ? ["Data: SYNTHETIC demo panel (generated, not real city statistics)."] : [] }

    func yearly(_ value: (YearResult) -> Double?) -> [Chart.Point] {
        result.yearly.map { Chart.Point(x: Double($0.year), y: value($0)) }
    }

    /// `fig-mean`: the national mean by year (line, left axis) and its year-on-year
    /// growth in percent, (m_t / m_{t-1} - 1) 100, as bars on the right axis (from the
    /// second year; no bar where m_{t-1} = 0).
    public var meanChart: Chart {
        let growth = zip(result.yearly, result.yearly.dropFirst()).map { previous, year in
            Chart.Point(x: Double(year.year), y: previous.mean != 0 ? (year.mean / previous.mean - 1) * 100 : nil)
        }
        var notes: [String] = []
        if let arithmetic = result.meanGrowth.arithmetic {
            notes.append("Average annual growth: \(NumberText.fixed(arithmetic * 100, digits: 2))% (mean of year-on-year rates)"
                + (result.meanGrowth.compound.map { "; compound rate \(NumberText.fixed($0 * 100, digits: 2))%." } ?? "."))
        }
        return Chart(name: "fig-mean", title: "National mean composite score by year",
                     subtitle: "Line: mean score (left axis); bars: year-on-year growth (right axis)",
                     xAxis: yearAxis, yAxis: Chart.Axis("Mean composite score"),
                     secondaryAxis: Chart.Axis("Year-on-year growth (%)", includeZero: true),
                     series: [Chart.Series(name: "Year-on-year growth (%)", points: growth, style: .bars, axis: .secondary,
                                           colorIndex: 5),
                              Chart.Series(name: "National mean", points: yearly(\.mean), colorIndex: 0)],
                     notes: notes + dataNote)
    }

    /// `fig-groups`: the mean score of each group by year, one line per group.
    public var groupsChart: Chart {
        Chart(name: "fig-groups", title: "Mean composite score by group", xAxis: yearAxis,
              yAxis: Chart.Axis("Mean composite score"),
              series: groups.indices.map { j in
                  Chart.Series(name: groups[j], points: yearly { $0.groupMeans[j] })
              }, notes: dataNote)
    }

    /// `fig-gini`: the overall Gini coefficient by year.
    public var giniChart: Chart {
        var notes: [String] = []
        if let total = result.giniChange.total, let first = result.yearly.first, let last = result.yearly.last {
            notes.append("Change \(first.year)-\(last.year): \(NumberText.fixed(total * 100, digits: 2))%"
                + (result.giniChange.arithmetic.map { "; mean year-on-year change \(NumberText.fixed($0 * 100, digits: 2))%" } ?? "")
                + ".")
        }
        return Chart(name: "fig-gini", title: "Gini coefficient of the composite score", xAxis: yearAxis,
                     yAxis: Chart.Axis("Gini coefficient G"),
                     series: [Chart.Series(name: "G", points: yearly(\.decomposition.gini, band: \.gini))],
                     notes: notes + bandNote + dataNote)
    }

    /// `fig-within`: each group's within-group term Gw_j by year (Dagum, 1997).
    public var withinChart: Chart {
        Chart(name: "fig-within", title: "Within-group terms of the Gini coefficient",
              subtitle: "Gw_j: the pairs inside group j, over 2 n^2 mu of the whole sample",
              xAxis: yearAxis, yAxis: Chart.Axis("Within-group term Gw_j"),
              series: groups.indices.map { j in
                  Chart.Series(name: groups[j], points: yearly({ $0.decomposition.within[j] }, band: { $0.within[j] }))
              }, notes: bandNote + dataNote)
    }

    /// `fig-within-between`: the within total Gw and the between total Gb by year.
    public var withinBetweenChart: Chart {
        Chart(name: "fig-within-between", title: "Within-group and between-group totals",
              subtitle: "G = Gw + Gb", xAxis: yearAxis, yAxis: Chart.Axis("Term of G"),
              series: [Chart.Series(name: "Within groups (Gw)", points: yearly(\.decomposition.withinTotal, band: \.withinTotal)),
                       Chart.Series(name: "Between groups (Gb)", points: yearly(\.decomposition.betweenTotal, band: \.betweenTotal))],
              notes: bandNote + dataNote)
    }

    /// `fig-sources`: the source term G^m of each dimension by year.
    public var sourcesChart: Chart {
        let dimensions = result.input.system.dimensions
        return Chart(name: "fig-sources", title: "Source terms of the Gini coefficient by dimension",
                     subtitle: "G^m: the part of G that comes from dimension m; the terms add up to G",
                     xAxis: yearAxis, yAxis: Chart.Axis("Source term G^m"),
                     series: dimensions.indices.map { m in
                         Chart.Series(name: dimensions[m],
                                      points: yearly({ $0.decomposition.sources.indices.contains(m) ? $0.decomposition.sources[m] : nil },
                                                     band: { $0.sources.indices.contains(m) ? $0.sources[m] : nil }))
                     }, notes: bandNote + dataNote)
    }

    /// The composite scores of one year (every unit scored that year).
    public func scores(year: Int) -> [Double] {
        guard let index = result.input.years.firstIndex(of: year) else { return [] }
        var values: [Double] = []
        for row in result.rowYear.indices where Int(result.rowYear[row]) == index { values.append(result.scores.score[row]) }
        return values
    }

    /// `fig-density`: the kernel density of the composite score in each of `years`, on
    /// one grid of 256 points, with the kernel and each year's bandwidth printed.
    public func densityChart(years: [Int], kernel: KernelDensity.Kernel, digits: Int = 4) -> Chart {
        let samples = years.map { scores(year: $0) }
        let range = KernelDensity.commonRange(samples, kernel: kernel)
        var series: [Chart.Series] = []
        var bandwidths: [String] = []
        for (index, (year, sample)) in zip(years, samples).enumerated() {
            guard let estimate = KernelDensity.estimate(sample, kernel: kernel, range: range) else { continue }
            let h = NumberText.fixed(estimate.bandwidth, digits: digits)
            bandwidths.append("\(year): h = \(h), n = \(estimate.count)")
            series.append(Chart.Series(name: "\(year) (h = \(h))",
                                       points: zip(estimate.grid, estimate.density).map { Chart.Point(x: $0, y: $1) },
                                       style: .line(markers: false), colorIndex: index))
        }
        return Chart(name: "fig-density", title: "Kernel density of the composite score",
                     subtitle: "\(kernel.title) kernel; bandwidth by \(kernel.bandwidthRule)",
                     xAxis: Chart.Axis("Composite score"), yAxis: Chart.Axis("Density", includeZero: true),
                     series: series,
                     notes: ["Kernel: \(kernel.title). Bandwidth " + bandwidths.joined(separator: "; ") + "."] + dataNote)
    }

    /// The line and bar charts, in report order (the density chart needs its years).
    public var timeCharts: [Chart] { [meanChart, groupsChart, giniChart, withinChart, withinBetweenChart, sourcesChart] }
}
