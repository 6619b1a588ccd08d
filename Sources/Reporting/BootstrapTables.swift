import Inequality
import PanelData
import Resilience

/// `bootstrap.csv`: year, term, estimate, lower, upper, for every term the bootstrap
/// covers (G, its change from the previous and from the first year, Gw_j, Gb_jh, the
/// totals, the sources, their contribution rates in percent and the two-way cells).
extension AnalysisTables {
    public var bootstrapCSV: Table? {
        guard let bootstrap = result.bootstrap else { return nil }
        let level = NumberText.fixed(bootstrap.options.level * 100, digits: 1)
        var table = Table(name: "bootstrap",
                          title: "Bootstrap percentile intervals (\(level)%, \(bootstrap.options.replicates) replicates, \(bootstrap.options.stage.rawValue))",
                          columns: ["year", "term", "estimate", "lower", "upper"].map { Table.Column($0) })
        let dimensions = system.dimensions
        for (index, year) in result.yearly.enumerated() {
            let d = year.decomposition
            let ci = bootstrap.years[index]
            var rows: [(String, Double?, Interval?)] = [("gini", d.gini, ci.gini)]
            if index > 0 {
                rows.append(("giniChange", d.gini - result.yearly[index - 1].decomposition.gini, ci.giniChange))
                rows.append(("giniChangeFromFirst", d.gini - result.yearly[0].decomposition.gini, ci.giniChangeFromFirst))
            }
            rows += zip(groups, zip(d.within, ci.within)).map { ("within:\($0)", $1.0, $1.1) }
            rows += zip(pairs, zip(d.between, ci.between)).map { ("between:\($0)", $1.0, $1.1) }
            rows += [("withinTotal", d.withinTotal, ci.withinTotal), ("betweenTotal", d.betweenTotal, ci.betweenTotal),
                     ("netBetween", d.netBetween, ci.netBetween), ("transvariation", d.transvariation, ci.transvariation)]
            rows += zip(dimensions, zip(d.sources, ci.sources)).map { ("source:\($0)", $1.0, $1.1) }
            rows += zip(dimensions, zip(d.sources, ci.sourceRates)).map { ("sourceRate:\($0)", d.contributionRate($1.0), $1.1) }
            for (j, group) in groups.enumerated() {
                rows += zip(dimensions, zip(d.twoWayWithin[j], ci.twoWayWithin[j])).map { ("twoWay:within:\(group):\($0)", $1.0, $1.1) }
            }
            for (p, pair) in pairs.enumerated() {
                rows += zip(dimensions, zip(d.twoWayBetween[p], ci.twoWayBetween[p])).map { ("twoWay:between:\(pair):\($0)", $1.0, $1.1) }
            }
            for (term, estimate, interval) in rows {
                table.rows.append(Table.Row([.text(String(year.year)), .text(term), .number(estimate, .fixed(digits.gini)),
                                             .number(interval?.lower, .fixed(digits.gini)),
                                             .number(interval?.upper, .fixed(digits.gini))]))
            }
        }
        return table
    }
}
