import Inequality
import PanelData
import PanelIO
import Resilience

/// Decimal places of the human-readable tables (`--digits`).
public struct TableDigits: Sendable, Hashable {
    /// Scores, means and weights (default 3).
    public var scores: Int
    /// Gini terms (default 4).
    public var gini: Int
    /// Contribution rates in percent (default 2).
    public var percent: Int

    public init(scores: Int = 3, gini: Int = 4, percent: Int = 2) {
        self.scores = scores
        self.gini = gini
        self.percent = percent
    }
}

/// Builds every table of a run from an ``AnalysisResult``: the machine tables written as
/// CSV (weights, means, gini, regions, sources, twoway, theil, and weights-by-year under
/// per-year standardisation) and the study-style tables (Tables 1 and 3-6, with Table 7
/// for Theil and Table 8 for per-year weights) written as Markdown, LaTeX and shown in
/// the report.
public struct AnalysisTables {
    public let result: AnalysisResult
    public let digits: TableDigits

    public init(_ result: AnalysisResult, digits: TableDigits = TableDigits()) {
        self.result = result
        self.digits = digits
    }

    var system: IndicatorSystem { result.input.system }
    var groups: [String] { result.input.groups }
    var pairs: [String] {
        GroupPairs.pairs(groupCount: groups.count).map { "\(groups[$0.0])|\(groups[$0.1])" }
    }
    var pairLabels: [String] {
        GroupPairs.pairs(groupCount: groups.count).map { "\(groups[$0.0])-\(groups[$0.1])" }
    }

    // MARK: - Machine tables (CSV)

    /// `weights.csv`: indicator, dimension, direction, sigma, conflict, information, weight
    /// (plus `year` first under per-year standardisation).
    public var weightsCSV: Table {
        let perYear = result.standardization == .perYear
        var columns = ["indicator", "dimension", "direction", "sigma", "conflict", "information", "weight"]
        if perYear { columns.insert("year", at: 0) }
        var table = Table(name: "weights", title: "Indicator weights", columns: columns.map { Table.Column($0) })
        for weights in result.weights {
            let set = weights.set
            for (j, indicator) in system.indicators.enumerated() {
                var cells: [Table.Cell] = [
                    .text(indicator.id), .text(system.dimensions[indicator.dimension]), .text(indicator.direction.rawValue),
                    .number(set.sigma[j], .fixed(4)), .number(set.conflict?[j], .fixed(4)),
                    .number(set.information?[j], .fixed(4)), .number(set.weights[j], .fixed(digits.scores)),
                ]
                if perYear { cells.insert(.text(String(weights.year ?? 0)), at: 0) }
                table.rows.append(Table.Row(cells))
            }
        }
        return table
    }

    /// `means.csv`: year, national, one column per group, one per dimension.
    public var meansCSV: Table {
        var table = Table(name: "means", title: "Yearly mean scores",
                          columns: (["year", "national"] + groups + system.dimensions).map { Table.Column($0) })
        for year in result.yearly {
            table.rows.append(Table.Row([.text(String(year.year)), .number(year.mean, .fixed(digits.scores))]
                + year.groupMeans.map { .number($0, .fixed(digits.scores)) }
                + year.dimensionMeans.map { .number($0, .fixed(digits.scores)) }))
        }
        return table
    }

    /// Every machine table with its file name.
    public var csvFiles: [(file: String, table: Table)] {
        [("weights.csv", weightsCSV), ("means.csv", meansCSV)] + DecompositionTables(result.series, digits: digits).csvFiles
            + (bootstrapCSV.map { [("bootstrap.csv", $0)] } ?? []) + [("theil.csv", theilCSV)]
            + (weightsByYearCSV.map { [("weights-by-year.csv", $0)] } ?? [])
    }

    /// `scores.csv`, streamed in chunks (it has one line per unit-year): unit, group,
    /// year, score, one column per dimension.
    public func writeScoresCSV(to sink: (String) throws -> Void) throws {
        var chunk = CSVText.line(["unit", "group", "year", "score"] + system.dimensions)
        // The escaped unit and group of each unit, and each year, made once.
        let unitPrefixes = result.input.units.map { CSVText.field($0.name) + "," + CSVText.field(groups[$0.group]) + "," }
        let yearTexts = result.input.years.map { "\($0)," }
        for row in result.rowUnit.indices {
            chunk += unitPrefixes[Int(result.rowUnit[row])]
            chunk += yearTexts[Int(result.rowYear[row])]
            chunk += NumberText.roundTrip(result.scores.score[row]) ?? ""
            for part in result.scores.dimensionScores {
                chunk += ","
                chunk += NumberText.roundTrip(part[row]) ?? ""
            }
            chunk += "\n"
            if chunk.utf8.count > 1 << 20 {
                try sink(chunk)
                chunk = ""
            }
        }
        try sink(chunk)
    }
}

