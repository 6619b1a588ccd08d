import Inequality
import PanelData
import Resilience

/// The summary `resilience analyze` prints: what was read, the weights, the yearly
/// means, the Gini series with its shares, the two-way table of the first and last
/// year, and the findings (the report's sentences, ``Findings``). Fits an 80-column
/// terminal for the study's 4 groups and 3 dimensions.
public enum TerminalSummary {
    public static func render(_ result: AnalysisResult, digits: TableDigits = TableDigits()) -> String {
        let tables = AnalysisTables(result, digits: digits)
        let input = result.input
        var out: [String] = []
        out.append(inputLine(input))
        if input.synthetic {
            out.append("NOTE: the demo panel is SYNTHETIC, calibrated to the study's published aggregates; it is not real city data.")
        }
        for warning in input.warnings.prefix(5) { out.append("warning: \(warning)") }
        if input.warnings.count > 5 { out.append("warning: ... and \(input.warnings.count - 5) more (see results.json)") }
        out.append("")
        out.append(TextTableRenderer.render(weightsTerminal(tables)))
        out.append(TextTableRenderer.render(abbreviatingHeaders(tables.meansTable, to: 8)))
        out.append(TextTableRenderer.render(giniTerminal(tables)))
        if let first = result.yearly.first { out.append(TextTableRenderer.render(tables.twoWayTable(year: first))) }
        if result.yearly.count > 1, let last = result.yearly.last {
            out.append(TextTableRenderer.render(tables.twoWayTable(year: last)))
        }
        out.append("Findings")
        out += Findings.sentences(result, digits: digits).map { "- " + $0 }
        return wrap(out.joined(separator: "\n"), width: 80)
    }

    /// Breaks lines longer than `width` at spaces (tables are built to fit already).
    static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.count > width else { return String(line) }
            var lines: [String] = []
            var current = ""
            for word in line.split(separator: " ") {
                if !current.isEmpty && current.count + 1 + word.count > width {
                    lines.append(current)
                    current = "  " + word
                } else {
                    current += (current.isEmpty ? "" : " ") + word
                }
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    static func inputLine(_ input: InputDescription) -> String {
        let groups = zip(input.groups, input.unitsPerGroup).map { "\($0) \($1)" }.joined(separator: ", ")
        let years = input.years.count == 1 ? "\(input.years[0])" : "\(input.years.first ?? 0)-\(input.years.last ?? 0)"
        return "Read \(input.source == "demo" ? "the demo panel" : input.source): \(input.units.count) units (\(groups)), "
            + "\(input.years.count) years (\(years)), \(input.system.count) indicators in \(input.system.dimensions.count) dimensions; "
            + "\(input.imputed.count) cells imputed, \(input.dropped.count) units dropped."
    }

    /// The table with every header longer than `width` shortened (`Resistance` ->
    /// `Resista.`), so wide tables fit 80 columns.
    static func abbreviatingHeaders(_ table: Table, to width: Int) -> Table {
        var copy = table
        for index in copy.columns.indices where copy.columns[index].header.count > width {
            copy.columns[index].header = String(copy.columns[index].header.prefix(width - 1)) + "."
        }
        return copy
    }

    /// Weights grouped by dimension: indicator, direction, weight.
    static func weightsTerminal(_ tables: AnalysisTables) -> Table {
        let system = tables.result.input.system
        var table = Table(name: "weights", title: "Weights (\(tables.result.weighting.rawValue))",
                          columns: [Table.Column("Dimension / indicator", .left), Table.Column("Dir", .left), Table.Column("Weight")])
        guard let weights = tables.result.weights.first else { return table }
        for (d, dimension) in system.dimensions.enumerated() {
            table.rows.append(Table.Row([.text(dimension), .empty, .number(weights.dimensionWeights[d], .fixed(tables.digits.scores))],
                                        ruleAbove: d > 0))
            for j in system.indicators(inDimension: d) {
                let indicator = system.indicators[j]
                let name = indicator.name.count > 48 ? String(indicator.name.prefix(47)) + "." : indicator.name
                table.rows.append(Table.Row([.text("  " + name), .text(indicator.direction == .positive ? "+" : "-"),
                                             .number(weights.set.weights[j], .fixed(tables.digits.scores))]))
            }
        }
        if tables.result.standardization == .perYear { table.note = "Per-year weights: the first year is shown; all years are in weights.csv." }
        return table
    }

    /// Gini by year with the within/between shares and the source shares (%).
    static func giniTerminal(_ tables: AnalysisTables) -> Table {
        let dimensions = tables.result.input.system.dimensions
        let short = dimensions.map { String($0.prefix(12)) + " %" }
        var table = Table(name: "gini", title: "Gini coefficient, shares of the within and between terms, and of each dimension (%)",
                          columns: [Table.Column("Year", .left), Table.Column("Gini"), Table.Column("Within %"),
                                    Table.Column("Between %")] + short.map { Table.Column($0) })
        for year in tables.result.yearly {
            let d = year.decomposition
            table.rows.append(Table.Row([.text(String(year.year)), .number(d.gini, .fixed(tables.digits.gini)),
                                         .number(d.contributionRate(d.withinTotal), .percent(tables.digits.percent)),
                                         .number(d.contributionRate(d.betweenTotal), .percent(tables.digits.percent))]
                + d.sources.map { .number(d.contributionRate($0), .percent(tables.digits.percent)) }))
        }
        let change = tables.result.giniChange
        if let total = change.total {
            table.note = "Gini change first to last year: \(NumberText.fixed(total * 100, digits: 2))%"
                + (change.arithmetic.map { "; mean year-on-year \(NumberText.fixed($0 * 100, digits: 2))%" } ?? "")
                + (change.compound.map { "; compound \(NumberText.fixed($0 * 100, digits: 2))% a year" } ?? "") + "."
        }
        return table
    }
}
