import Inequality
import PanelData
import Resilience

/// The tables of a weighting sensitivity (``SensitivityResult``), from the one
/// ``Table`` model: four CSV tables for machines (full precision) and the tables for
/// people (Markdown, LaTeX, the report and, shortened, the terminal).
public struct SensitivityTables {
    public let result: SensitivityResult
    public let digits: TableDigits

    public init(_ result: SensitivityResult, digits: TableDigits = TableDigits()) {
        self.result = result
        self.digits = digits
    }

    var methods: [String] { result.methods.map(\.rawValue) }
    var reference: AnalysisResult { result.reference }
    var system: IndicatorSystem { reference.input.system }
    var groups: [String] { reference.input.groups }
    var pairLabels: [String] {
        GroupPairs.pairs(groupCount: groups.count).map { "\(groups[$0.0])-\(groups[$0.1])" }
    }
    var methodPairLabels: [String] { result.pairs.map { "\(methods[$0.0])-\(methods[$0.1])" } }
    var perYear: Bool { reference.standardization == .perYear }

    /// The weights of a run: its one weight set, or under per-year standardisation the
    /// mean of its yearly weights (indicators, then dimensions).
    func weights(of run: AnalysisResult) -> (indicators: [Double], dimensions: [Double]) {
        let count = Double(max(run.weights.count, 1))
        let indicators = system.indicators.indices.map { j in run.weights.reduce(0) { $0 + $1.set.weights[j] } / count }
        let dimensions = system.dimensions.indices.map { d in run.weights.reduce(0) { $0 + $1.dimensionWeights[d] } / count }
        return (indicators, dimensions)
    }

    // MARK: - CSV

    /// `sensitivity.csv`: one row per method and year: method, year, mean, gini, the four
    /// Dagum totals, their contribution rates (%), each dimension's source rate (%), and
    /// Theil's between share (%).
    public var sensitivityCSV: Table {
        let totals = ["withinTotal", "betweenTotal", "netBetween", "transvariation"]
        let columns = ["method", "year", "mean", "gini"] + totals + totals.map { $0 + "Rate" }
            + system.dimensions.map { "sourceRate:\($0)" } + ["theilBetweenShare"]
        var table = Table(name: "sensitivity", title: "Gini coefficient and shares under each weighting method",
                          columns: columns.map { Table.Column($0) })
        for (method, run) in zip(methods, result.runs) {
            for year in run.yearly {
                let d = year.decomposition
                let terms = [d.withinTotal, d.betweenTotal, d.netBetween, d.transvariation]
                table.rows.append(Table.Row(
                    [.text(method), .text(String(year.year)), .number(year.mean, .fixed(digits.scores)),
                     .number(d.gini, .fixed(digits.gini))]
                        + terms.map { .number($0, .fixed(digits.gini)) }
                        + terms.map { .number(d.contributionRate($0), .percent(digits.percent)) }
                        + d.sources.map { .number(d.contributionRate($0), .percent(digits.percent)) }
                        + [.number(year.theil?.betweenShare, .percent(digits.percent))]))
            }
        }
        return table
    }

    /// `sensitivity-weights.csv`: method, year (empty for pooled weights), indicator,
    /// dimension, weight.
    public var weightsCSV: Table {
        var table = Table(name: "sensitivity-weights", title: "Indicator weights under each weighting method",
                          columns: ["method", "year", "indicator", "dimension", "weight"].map { Table.Column($0) })
        for (method, run) in zip(methods, result.runs) {
            for weights in run.weights {
                for (j, indicator) in system.indicators.enumerated() {
                    table.rows.append(Table.Row([.text(method), .text(weights.year.map(String.init) ?? ""), .text(indicator.id),
                                                 .text(system.dimensions[indicator.dimension]),
                                                 .number(weights.set.weights[j], .fixed(digits.scores))]))
                }
            }
        }
        return table
    }

    /// `sensitivity-spearman.csv`: year, first method, second method, Spearman's rho of
    /// the unit scores (empty where undefined).
    public var spearmanCSV: Table {
        var table = Table(name: "sensitivity-spearman", title: "Spearman rank correlation of unit scores between methods",
                          columns: ["year", "method1", "method2", "spearman"].map { Table.Column($0) })
        for (index, year) in result.years.enumerated() {
            for (pair, (a, b)) in result.pairs.enumerated() {
                table.rows.append(Table.Row([.text(String(year)), .text(methods[a]), .text(methods[b]),
                                             .number(result.rankCorrelations[index][pair], .fixed(digits.scores))]))
            }
        }
        return table
    }

    /// `sensitivity-conclusions.csv`: method, the largest source and between pair in the
    /// first and last year, the Gini trend and dominant term, and whether each agrees
    /// with the reference method.
    public var conclusionsCSV: Table {
        let columns = ["method", "largestSourceFirst", "largestSourceLast", "largestBetweenPairFirst",
                       "largestBetweenPairLast", "giniTrend", "dominantTerm", "sourceAgrees", "pairAgrees",
                       "trendAgrees", "dominantAgrees"]
        var table = Table(name: "sensitivity-conclusions", title: "Study-style conclusions under each weighting method",
                          columns: columns.map { Table.Column($0) })
        let pairKeys = GroupPairs.pairs(groupCount: groups.count).map { "\(groups[$0.0])|\(groups[$0.1])" }
        for (index, method) in methods.enumerated() {
            let c = result.conclusions[index], a = result.agreements[index]
            func name(_ names: [String], _ index: Int?) -> Table.Cell { index.map { .text(names[$0]) } ?? .empty }
            table.rows.append(Table.Row([.text(method), name(system.dimensions, c.largestSourceFirst),
                                         name(system.dimensions, c.largestSourceLast), name(pairKeys, c.largestBetweenPairFirst),
                                         name(pairKeys, c.largestBetweenPairLast), .text(c.giniTrend.rawValue),
                                         .text(c.dominantTerm.rawValue)]
                + [a.largestSource, a.largestBetweenPair, a.giniTrend, a.dominantTerm].map { .text($0 ? "true" : "false") }))
        }
        return table
    }

    /// The CSV tables with their file names.
    public var csvFiles: [(file: String, table: Table)] {
        [("sensitivity.csv", sensitivityCSV), ("sensitivity-weights.csv", weightsCSV),
         ("sensitivity-spearman.csv", spearmanCSV), ("sensitivity-conclusions.csv", conclusionsCSV)]
    }

    // MARK: - Tables for people

    /// The indicator and dimension weights under each method, one column per method.
    public var weightsTable: Table {
        var table = Table(name: "sensitivity-weights-table", title: "Weights under each weighting method",
                          note: perYear ? "Per-year standardisation: the mean of each method's yearly weights; every year's weights are in sensitivity-weights.csv." : nil,
                          columns: [Table.Column("Indicator", .left)] + methods.map { Table.Column($0) })
        let all = result.runs.map(weights(of:))
        for d in system.dimensions.indices {
            for (position, j) in system.indicators(inDimension: d).enumerated() {
                table.rows.append(Table.Row([.text(system.indicators[j].id)] + all.map { .number($0.indicators[j], .fixed(digits.scores)) },
                                            ruleAbove: position == 0))
            }
        }
        for (d, dimension) in system.dimensions.enumerated() {
            table.rows.append(Table.Row([.text(dimension)] + all.map { .number($0.dimensions[d], .fixed(digits.scores)) },
                                        ruleAbove: d == 0))
        }
        return table
    }

    /// Spearman's rho of the unit scores, one row per year, one column per pair of methods.
    public var rankTable: Table {
        var table = Table(name: "sensitivity-spearman-table", title: "Spearman rank correlation of unit scores between methods, by year",
                          note: "Ties get average ranks. 1 means the methods rank the units identically.",
                          columns: [Table.Column("Year", .left)] + methodPairLabels.map { Table.Column($0) })
        for (index, year) in result.years.enumerated() {
            table.rows.append(Table.Row([.text(String(year))]
                + result.rankCorrelations[index].map { .number($0, .fixed(digits.scores)) }))
        }
        return table
    }

    /// Spearman's rho of each pair of methods over the years: smallest, mean, largest.
    public var rankSummaryTable: Table {
        var table = Table(name: "sensitivity-spearman-summary", title: "Spearman rank correlation of unit scores over the years",
                          columns: [Table.Column("Methods", .left), Table.Column("Min"), Table.Column("Mean"), Table.Column("Max")])
        for (pair, label) in methodPairLabels.enumerated() {
            let range = result.rankCorrelationRange(pair: pair)
            table.rows.append(Table.Row([.text(label), .number(range?.min, .fixed(digits.scores)),
                                         .number(range?.mean, .fixed(digits.scores)), .number(range?.max, .fixed(digits.scores))]))
        }
        return table
    }

    /// The Gini coefficient by year, one column per method.
    public var giniTable: Table {
        var table = Table(name: "sensitivity-gini", title: "Gini coefficient by year under each weighting method",
                          columns: [Table.Column("Year", .left)] + methods.map { Table.Column($0) })
        for (index, year) in result.years.enumerated() {
            table.rows.append(Table.Row([.text(String(year))]
                + result.runs.map { .number($0.yearly[index].decomposition.gini, .fixed(digits.gini)) }))
        }
        if result.years.count > 1 {
            table.rows.append(Table.Row([.text("Change %")]
                + result.runs.map { .number($0.giniChange.total.map { $0 * 100 }, .percent(digits.percent)) }, ruleAbove: true))
        }
        return table
    }

    /// G and its shares (%) in the first and the last year under each method: within,
    /// between, net between (Dagum), Theil's between share, and each dimension. With
    /// `compact`, short headers (`Gw %`, `Resis.%`) for the terminal.
    public func sharesTable(compact: Bool = false) -> Table {
        let dimensionHeaders = system.dimensions.map { name -> String in
            compact && name.count > 6 ? String(name.prefix(5)) + ".%" : name + " %"
        }
        let headers = compact ? ["Gw %", "Gb %", "Gnb %", "T-B %"] : ["Within %", "Between %", "Gnb %", "Theil between %"]
        var table = Table(name: "sensitivity-shares", title: "Gini coefficient and shares of G (%) in the first and last year",
                          note: compact
                              ? "Gw, Gb: Dagum's within- and between-group totals; Gnb: net between-group term; T-B: Theil's between-group share of T; then each dimension's source term."
                              : "Within, Between: Dagum's totals Gw and Gb; Gnb: net between-group term; Theil between: Theil's between-group share of T; then each dimension's source term G^m.",
                          columns: [Table.Column("Method", .left), Table.Column("Year", .left), Table.Column("Gini")]
                              + (headers + dimensionHeaders).map { Table.Column($0) })
        for (method, run) in zip(methods, result.runs) {
            let years = run.yearly.count > 1 ? [run.yearly.first, run.yearly.last].compactMap { $0 } : run.yearly
            for (position, year) in years.enumerated() {
                let d = year.decomposition
                table.rows.append(Table.Row(
                    [position == 0 ? .text(method) : .empty, .text(String(year.year)), .number(d.gini, .fixed(digits.gini)),
                     .number(d.contributionRate(d.withinTotal), .percent(digits.percent)),
                     .number(d.contributionRate(d.betweenTotal), .percent(digits.percent)),
                     .number(d.contributionRate(d.netBetween), .percent(digits.percent)),
                     .number(year.theil?.betweenShare, .percent(digits.percent))]
                        + d.sources.map { .number(d.contributionRate($0), .percent(digits.percent)) },
                    ruleAbove: position == 0))
            }
        }
        return table
    }

    /// The study-style conclusions under each method; a conclusion that differs from the
    /// reference's is marked.
    public var conclusionsTable: Table {
        let first = result.years.first.map(String.init) ?? "", last = result.years.last.map(String.init) ?? ""
        let span = result.years.count > 1 ? "\(first) / \(last)" : first
        var table = Table(name: "sensitivity-conclusions-table", title: "Do the study-style conclusions hold under each method?",
                          note: "Largest source: the dimension with the largest source term G^m; largest pair: the largest "
                              + "between-group term Gb_jh (\(span)). Trend: the Gini coefficient from the first to the last year. "
                              + "Dominant: the term above 50% of G in every year. Marked: differs from \(methods[0]), the reference.",
                          columns: [Table.Column("Method", .left), Table.Column("Largest source", .left),
                                    Table.Column("Largest pair", .left), Table.Column("Trend", .left),
                                    Table.Column("Dominant", .left), Table.Column("Holds", .left)])
        for (index, method) in methods.enumerated() {
            let c = result.conclusions[index], a = result.agreements[index]
            func names(_ list: [String], _ first: Int?, _ last: Int?) -> String {
                let (x, y) = (first.map { list[$0] } ?? "-", last.map { list[$0] } ?? "-")
                return result.years.count > 1 && x != y ? "\(x) / \(y)" : x
            }
            var marked = Set<Int>()
            if !a.largestSource { marked.insert(1) }
            if !a.largestBetweenPair { marked.insert(2) }
            if !a.giniTrend { marked.insert(3) }
            if !a.dominantTerm { marked.insert(4) }
            table.rows.append(Table.Row(
                [.text(method), .text(names(system.dimensions, c.largestSourceFirst, c.largestSourceLast)),
                 .text(names(pairLabels, c.largestBetweenPairFirst, c.largestBetweenPairLast)),
                 .text(c.giniTrend.rawValue), .text(c.dominantTerm.rawValue),
                 .text(index == 0 ? "reference" : a.all ? "yes" : "no")],
                marked: marked))
        }
        return table
    }

    /// The conclusions table for an 80-column terminal: with more than one year, each
    /// method takes two rows, the first and the last year's largest source and largest
    /// pair, so that no cell holds two names; a name is marked where it differs from the
    /// reference's in the same year.
    public var conclusionsTerminalTable: Table {
        guard result.years.count > 1 else { return conclusionsTable }
        var table = Table(name: "sensitivity-conclusions-terminal", title: conclusionsTable.title, note: conclusionsTable.note,
                          columns: [Table.Column("Method", .left), Table.Column("Year", .left),
                                    Table.Column("Largest source", .left), Table.Column("Largest pair", .left),
                                    Table.Column("Trend", .left), Table.Column("Dominant", .left), Table.Column("Holds", .left)])
        let years = [result.years.first, result.years.last].compactMap { $0 }
        let reference = result.conclusions[0]
        for (index, method) in methods.enumerated() {
            let c = result.conclusions[index], a = result.agreements[index]
            let sources = [c.largestSourceFirst, c.largestSourceLast].map { $0.map { system.dimensions[$0] } ?? "-" }
            let pairs = [c.largestBetweenPairFirst, c.largestBetweenPairLast].map { $0.map { pairLabels[$0] } ?? "-" }
            let referenceSources = [reference.largestSourceFirst, reference.largestSourceLast]
            let referencePairs = [reference.largestBetweenPairFirst, reference.largestBetweenPairLast]
            let ownSources = [c.largestSourceFirst, c.largestSourceLast]
            let ownPairs = [c.largestBetweenPairFirst, c.largestBetweenPairLast]
            for position in 0..<2 {
                // Marked: this year's name differs from the reference's in the same year.
                var marked = Set<Int>()
                if ownSources[position] != referenceSources[position] { marked.insert(2) }
                if ownPairs[position] != referencePairs[position] { marked.insert(3) }
                if position == 0 && !a.giniTrend { marked.insert(4) }
                if position == 0 && !a.dominantTerm { marked.insert(5) }
                let first = position == 0
                table.rows.append(Table.Row(
                    [first ? .text(method) : .empty, .text(String(years[position])), .text(sources[position]),
                     .text(pairs[position]), first ? .text(c.giniTrend.rawValue) : .empty,
                     first ? .text(c.dominantTerm.rawValue) : .empty,
                     first ? .text(index == 0 ? "reference" : a.all ? "yes" : "no") : .empty],
                    marked: marked, ruleAbove: first && index > 0))
            }
        }
        return table
    }

    /// The tables for people, in report order.
    public var documentTables: [Table] {
        [weightsTable, rankTable, rankSummaryTable, giniTable, sharesTable(), conclusionsTable]
    }
}
