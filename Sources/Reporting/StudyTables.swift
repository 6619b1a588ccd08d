import Inequality
import PanelData
import Resilience

/// The study-style tables (Tables 1 and 3-6 of the paper) for people: rounded, labelled,
/// with the largest two-way cells marked.
extension AnalysisTables {
    /// Table 1: dimension, indicator, direction, weight, dimension weight.
    public var weightsTable: Table {
        var table = Table(name: "table1-weights",
                          title: "Table 1. Indicator system and \(result.weighting.rawValue.uppercased()) weights"
                              + (result.standardization == .perYear ? " (first year)" : ""),
                          columns: [Table.Column("Dimension", .left), Table.Column("Indicator", .left),
                                    Table.Column("Unit", .left), Table.Column("Direction", .left),
                                    Table.Column("Weight"), Table.Column("Dimension weight")])
        guard let weights = result.weights.first else { return table }
        for (d, dimension) in system.dimensions.enumerated() {
            for (position, j) in system.indicators(inDimension: d).enumerated() {
                let indicator = system.indicators[j]
                table.rows.append(Table.Row(
                    [position == 0 ? .text(dimension) : .empty, .text(indicator.name), .text(indicator.unit),
                     .text(indicator.direction == .positive ? "+" : "-"),
                     .number(weights.set.weights[j], .fixed(digits.scores)),
                     position == 0 ? .number(weights.dimensionWeights[d], .fixed(digits.scores)) : .empty],
                    ruleAbove: position == 0))
            }
        }
        return table
    }

    /// Table 3: yearly means, national, by group and by dimension, with growth rates.
    public var meansTable: Table {
        var table = meansCSV
        table.name = "table3-means"
        table.title = "Table 3. Mean composite score by year"
        table.columns = ([Table.Column("Year", .left), Table.Column("National")]
            + groups.map { Table.Column($0) } + system.dimensions.map { Table.Column($0) })
        let growth = result.meanGrowth
        let rates = [growth.arithmetic.map { "arithmetic mean of year-on-year rates \(NumberText.fixed($0 * 100, digits: digits.percent))%" },
                     growth.compound.map { "compound rate \(NumberText.fixed($0 * 100, digits: digits.percent))%" }]
            .compactMap { $0 }
        if !rates.isEmpty { table.note = "Average annual growth of the national mean: " + rates.joined(separator: "; ") + "." }
        return table
    }

    /// The study's short names of the groups and pairs in Table 4 (G1, G12, ...): group
    /// j is numbered j + 1 in the configured order; a pair joins its numbers, with a
    /// hyphen when there are ten groups or more.
    var groupNumbers: (groups: [String], pairs: [String], key: String) {
        let separator = groups.count >= 10 ? "-" : ""
        let pairs = GroupPairs.pairs(groupCount: groups.count).map { "\($0.0 + 1)\(separator)\($0.1 + 1)" }
        let key = groups.enumerated().map { "\($0.offset + 1) = \($0.element)" }.joined(separator: ", ")
        return (groups.indices.map { String($0 + 1) }, pairs, key)
    }

    /// Table 4a: the Gini coefficient and Dagum's terms, one row per year: G, the within
    /// term Gw_j of each group and their total Gw, the between term Gb_jh of each pair and
    /// their total Gb (G = Gw + Gb). With a bootstrap every term is a range.
    public var dagumTable: Table {
        let numbers = groupNumbers
        let headers = ["Year", "G"] + numbers.groups.map { "Gw\($0)" } + ["Gw"] + numbers.pairs.map { "Gb\($0)" } + ["Gb"]
        var table = Table(name: "table4a-dagum", title: "Table 4a. Dagum decomposition of the Gini coefficient by group",
                          note: withIntervalNote("Groups: \(numbers.key). Gw_j: within group j; Gb_jh: between groups j and h; G = Gw + Gb."),
                          columns: headers.enumerated().map { Table.Column($1, $0 == 0 ? .left : .right) })
        for (year, ci) in zip(result.yearly, yearIntervals) {
            let d = year.decomposition
            let terms = d.within + [d.withinTotal] + d.between + [d.betweenTotal]
            let bounds: [Interval?] = ci.map { $0.within + [$0.withinTotal] + $0.between + [$0.betweenTotal] }
                ?? Array(repeating: nil, count: terms.count)
            table.rows.append(Table.Row([.text(String(year.year)), cell(d.gini, ci?.gini, .fixed(digits.gini))]
                + zip(terms, bounds).map { cell($0, $1, .fixed(digits.gini)) }))
        }
        return table
    }

    /// Table 4b: the contribution rate (term / G x 100, in %) of each term of Table 4a,
    /// as in the study's Table 4; empty where G = 0.
    public var dagumRatesTable: Table {
        let numbers = groupNumbers
        let headers = ["Year"] + numbers.groups.map { "G\($0)" } + ["Within"] + numbers.pairs.map { "G\($0)" } + ["Between"]
        var table = Table(name: "table4b-rates", title: "Table 4b. Contribution rates of the group terms to the Gini coefficient (%)",
                          note: "Groups: \(numbers.key). Each cell is the term of Table 4a divided by G, in percent.",
                          columns: headers.enumerated().map { Table.Column($1, $0 == 0 ? .left : .right) })
        for year in result.yearly {
            let d = year.decomposition
            let terms = d.within + [d.withinTotal] + d.between + [d.betweenTotal]
            table.rows.append(Table.Row([.text(String(year.year))]
                + terms.map { .number(d.contributionRate($0), .percent(digits.percent)) }))
        }
        return table
    }

    /// Table 5: contribution rates (%) of the sources (dimensions), one row per year.
    /// With a bootstrap, G and every rate are ranges (the rates' intervals are those of
    /// each replicate's own rate, ``YearIntervals/sourceRates``).
    public var sourcesTable: Table {
        var table = Table(name: "table5-sources", title: "Table 5. Contribution of each dimension to the Gini coefficient (%)",
                          note: withIntervalNote(nil),
                          columns: [Table.Column("Year", .left), Table.Column("G")] + system.dimensions.map { Table.Column($0) })
        for (year, ci) in zip(result.yearly, yearIntervals) {
            let d = year.decomposition
            table.rows.append(Table.Row([.text(String(year.year)), cell(d.gini, ci?.gini, .fixed(digits.gini))]
                + d.sources.indices.map { m in
                    cell(d.contributionRate(d.sources[m]), ci.flatMap { $0.sourceRates.indices.contains(m) ? $0.sourceRates[m] : nil },
                         .percent(digits.percent))
                }))
        }
        return table
    }

    /// Table 6: the group x source matrix of one year; in each source column the largest
    /// within cell and the largest between cell are marked. With `intervals` (the
    /// report's tables) and a bootstrap, every cell is a range; the terminal summary
    /// keeps the plain form, which fits 80 columns.
    public func twoWayTable(year: YearResult, intervals: Bool = false) -> Table {
        let d = year.decomposition
        let sources = system.dimensions
        let ci = intervals ? self.intervals(of: year) : nil
        let style = Table.NumberStyle.fixed(digits.gini)
        let note = "Marked: the largest within-group and the largest between-group cell of each dimension."
        var table = Table(name: "table6-twoway-\(year.year)",
                          title: "Table 6. Two-dimensional decomposition (group x dimension), \(year.year)",
                          note: ci == nil ? note : withIntervalNote(note),
                          columns: [Table.Column("Term", .left)] + sources.map { Table.Column($0) } + [Table.Column("Total")])
        var rows: [Table.Row] = []
        for (j, group) in groups.enumerated() {
            rows.append(Table.Row([.text("within \(group)")]
                + d.twoWayWithin[j].indices.map { m in cell(d.twoWayWithin[j][m], ci?.twoWayWithin[j][m], style) }
                + [cell(d.within[j], ci?.within[j], style)], ruleAbove: j == 0))
        }
        for (p, pair) in pairLabels.enumerated() {
            rows.append(Table.Row([.text(pair)]
                + d.twoWayBetween[p].indices.map { m in cell(d.twoWayBetween[p][m], ci?.twoWayBetween[p][m], style) }
                + [cell(d.between[p], ci?.between[p], style)], ruleAbove: p == 0))
        }
        for m in sources.indices {
            if let j = d.twoWayWithin.indices.max(by: { d.twoWayWithin[$0][m] < d.twoWayWithin[$1][m] }) {
                rows[j].marked.insert(m + 1)
            }
            if let p = d.twoWayBetween.indices.max(by: { d.twoWayBetween[$0][m] < d.twoWayBetween[$1][m] }) {
                rows[groups.count + p].marked.insert(m + 1)
            }
        }
        rows.append(Table.Row([.text("Total")] + d.sources.indices.map { m in cell(d.sources[m], ci?.sources[m], style) }
            + [cell(d.gini, ci?.gini, style)], ruleAbove: true))
        table.rows = rows
        return table
    }

    /// The study-style tables in order (1, 3, 4a, 4b, 5), then Table 6 for the first and
    /// the last year; with a bootstrap, Tables 4a, 5 and 6 show ranges.
    public var studyTables: [Table] {
        var tables = [weightsTable, meansTable, dagumTable, dagumRatesTable, sourcesTable]
        if let first = result.yearly.first { tables.append(twoWayTable(year: first, intervals: true)) }
        if result.yearly.count > 1, let last = result.yearly.last { tables.append(twoWayTable(year: last, intervals: true)) }
        return tables
    }
}
