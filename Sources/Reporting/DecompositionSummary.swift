import PanelData
import Resilience

/// The terminal summary of `resilience decompose`: the Gini by year with its within,
/// between and source shares.
public enum DecompositionSummary {
    public static func render(_ series: DecompositionSeries, digits: TableDigits = TableDigits()) -> String {
        var table = Table(name: "decomposition", title: "Gini coefficient and shares (%)",
                          columns: [Table.Column("Year", .left), Table.Column("Units"), Table.Column("Gini"),
                                    Table.Column("Within %"), Table.Column("Between %")]
                              + series.sourceNames.map { Table.Column(String($0.prefix(12)) + " %") })
        for (year, d) in zip(series.years, series.decompositions) {
            table.rows.append(Table.Row([.text(year.map(String.init) ?? "all"), .text(String(d.count)),
                                         .number(d.gini, .fixed(digits.gini)),
                                         .number(d.contributionRate(d.withinTotal), .percent(digits.percent)),
                                         .number(d.contributionRate(d.betweenTotal), .percent(digits.percent))]
                + d.sources.map { .number(d.contributionRate($0), .percent(digits.percent)) }))
        }
        return TextTableRenderer.render(table)
    }
}
