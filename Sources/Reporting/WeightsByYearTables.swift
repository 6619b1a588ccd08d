import PanelData
import Resilience

/// The weights of each year under `standardization: per-year` (one weight set per
/// year), long for machines and wide for people. Both are nil for a pooled run, which
/// has one weight set (Table 1).
extension AnalysisTables {
    /// `weights-by-year.csv`: year, indicator, weight, one row per year and indicator.
    public var weightsByYearCSV: Table? {
        guard result.standardization == .perYear else { return nil }
        var table = Table(name: "weights-by-year", title: "Indicator weights by year",
                          columns: ["year", "indicator", "weight"].map { Table.Column($0) })
        for weights in result.weights {
            for (j, indicator) in system.indicators.enumerated() {
                table.rows.append(Table.Row([.text(weights.year.map(String.init) ?? ""), .text(indicator.id),
                                             .number(weights.set.weights[j], .fixed(digits.scores))]))
            }
        }
        return table
    }

    /// Table 8: one row per indicator (grouped by dimension, then one row per dimension
    /// weight), one column per year, and the range (largest minus smallest weight over
    /// the years) that shows how far each weight drifts.
    public var weightsByYearTable: Table? {
        guard result.standardization == .perYear else { return nil }
        let years = result.weights.map { $0.year.map(String.init) ?? "" }
        var table = Table(
            name: "table8-weights-by-year",
            title: "Table 8. \(result.weighting.rawValue.uppercased()) weights by year (per-year standardisation)",
            note: "Each year's indicators are standardised and weighted within that year. Range: the largest minus the "
                + "smallest weight over the years.",
            columns: [Table.Column("Indicator", .left)] + years.map { Table.Column($0) } + [Table.Column("Range")])
        func row(_ label: String, _ values: [Double], ruleAbove: Bool) -> Table.Row {
            let range = (values.max() ?? 0) - (values.min() ?? 0)
            return Table.Row([.text(label)] + values.map { .number($0, .fixed(digits.scores)) }
                + [.number(values.isEmpty ? nil : range, .fixed(digits.scores))], ruleAbove: ruleAbove)
        }
        for d in system.dimensions.indices {
            for (position, j) in system.indicators(inDimension: d).enumerated() {
                table.rows.append(row(system.indicators[j].id, result.weights.map { $0.set.weights[j] }, ruleAbove: position == 0))
            }
        }
        for (d, dimension) in system.dimensions.enumerated() {
            table.rows.append(row(dimension, result.weights.map { $0.dimensionWeights[d] }, ruleAbove: d == 0))
        }
        return table
    }
}
