import Inequality
import PanelData
import Resilience

/// The decomposition tables written as CSV by `analyze` and `decompose`: gini, regions
/// (groups), sources and twoway, one block of rows per year.
public struct DecompositionTables {
    public let series: DecompositionSeries
    public let digits: TableDigits

    public init(_ series: DecompositionSeries, digits: TableDigits = TableDigits()) {
        self.series = series
        self.digits = digits
    }

    /// `gini.csv`: year, gini, the four totals and each total's contribution rate (%).
    public var giniCSV: Table {
        let names = ["withinTotal", "betweenTotal", "netBetween", "transvariation"]
        var table = Table(name: "gini", title: "Gini coefficient and Dagum totals",
                          columns: (["year", "gini"] + names + names.map { $0 + "Rate" }).map { Table.Column($0) })
        for (year, d) in zip(series.years, series.decompositions) {
            let terms = [d.withinTotal, d.betweenTotal, d.netBetween, d.transvariation]
            table.rows.append(Table.Row([.text(year.map(String.init) ?? ""), .number(d.gini, .fixed(digits.gini))]
                + terms.map { .number($0, .fixed(digits.gini)) }
                + terms.map { .number(d.contributionRate($0), .percent(digits.percent)) }))
        }
        return table
    }

    /// `regions.csv`: year, term (`within:East`, `between:East|West`), value, rate (%),
    /// Dagum's G_jj or G_jh, and D_jh for pairs.
    public var regionsCSV: Table {
        var table = Table(name: "regions", title: "Dagum decomposition by group",
                          columns: ["year", "term", "value", "rate", "dagumGini", "affluence"].map { Table.Column($0) })
        for (year, d) in zip(series.years, series.decompositions) {
            for (j, group) in series.groups.enumerated() {
                table.rows.append(Table.Row([.text(year.map(String.init) ?? ""), .text("within:\(group)"),
                                             .number(d.within[j], .fixed(digits.gini)),
                                             .number(d.contributionRate(d.within[j]), .percent(digits.percent)),
                                             .number(d.groupGini[j], .fixed(digits.gini)), .empty]))
            }
            for (p, pair) in series.pairKeys.enumerated() {
                table.rows.append(Table.Row([.text(year.map(String.init) ?? ""), .text("between:\(pair)"),
                                             .number(d.between[p], .fixed(digits.gini)),
                                             .number(d.contributionRate(d.between[p]), .percent(digits.percent)),
                                             .number(d.pairGini[p], .fixed(digits.gini)),
                                             .number(d.affluence[p], .fixed(digits.gini))]))
            }
        }
        return table
    }

    /// `sources.csv`: year, source, level (`dimension` or `indicator`), value, rate (%).
    public var sourcesCSV: Table {
        var table = Table(name: "sources", title: "Decomposition by source",
                          columns: ["year", "source", "level", "value", "rate"].map { Table.Column($0) })
        for (year, d) in zip(series.years, series.decompositions) {
            for (m, name) in series.sourceNames.enumerated() where m < d.sources.count {
                table.rows.append(Table.Row([.text(year.map(String.init) ?? ""), .text(name), .text("dimension"),
                                             .number(d.sources[m], .fixed(digits.gini)),
                                             .number(d.contributionRate(d.sources[m]), .percent(digits.percent))]))
            }
            for (j, indicator) in series.finerNames.enumerated() where j < d.finerSources.count {
                table.rows.append(Table.Row([.text(year.map(String.init) ?? ""), .text(indicator), .text("indicator"),
                                             .number(d.finerSources[j], .fixed(digits.gini)),
                                             .number(d.contributionRate(d.finerSources[j]), .percent(digits.percent))]))
            }
        }
        return table
    }

    /// `twoway.csv`: year, term, source, value.
    public var twoWayCSV: Table {
        var table = Table(name: "twoway", title: "Two-dimensional decomposition (group x source)",
                          columns: ["year", "term", "source", "value"].map { Table.Column($0) })
        for (year, d) in zip(series.years, series.decompositions) {
            for (j, group) in series.groups.enumerated() {
                for (m, source) in series.sourceNames.enumerated() {
                    table.rows.append(Table.Row([.text(year.map(String.init) ?? ""), .text("within:\(group)"), .text(source),
                                                 .number(d.twoWayWithin[j][m], .fixed(digits.gini))]))
                }
            }
            for (p, pair) in series.pairKeys.enumerated() {
                for (m, source) in series.sourceNames.enumerated() {
                    table.rows.append(Table.Row([.text(year.map(String.init) ?? ""), .text("between:\(pair)"), .text(source),
                                                 .number(d.twoWayBetween[p][m], .fixed(digits.gini))]))
                }
            }
        }
        return table
    }

    /// The tables with their file names.
    public var csvFiles: [(file: String, table: Table)] {
        [("gini.csv", giniCSV), ("regions.csv", regionsCSV), ("sources.csv", sourcesCSV), ("twoway.csv", twoWayCSV)]
    }
}
