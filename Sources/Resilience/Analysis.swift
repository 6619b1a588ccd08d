import Foundation
import Inequality
import PanelData
import PanelIO
import Weighting

/// The pipeline (STYLE.md): impute, standardise, weight, score, then decompose every
/// year. It reads nothing and writes nothing: the CLI loads the panel and writes the
/// result.
public enum Analysis {
    /// Options of one run beyond the configuration.
    public struct Options: Sendable {
        public var dropIncomplete = false
        /// Decompose the years in parallel (results are identical to the serial run).
        public var parallel = true
        public init(dropIncomplete: Bool = false, parallel: Bool = true) {
            self.dropIncomplete = dropIncomplete
            self.parallel = parallel
        }
    }

    /// Runs the whole analysis.
    ///
    /// - Parameters:
    ///   - panel: the panel as read (missing cells allowed).
    ///   - source: `"demo"` or the data file's path.
    ///   - synthetic: whether the panel is the synthetic demo panel.
    /// - Throws: ``AnalysisError``.
    public static func run(panel: Panel, configuration: AnalysisConfiguration, source: String,
                           synthetic: Bool, readerWarnings: [String] = [], encoding: String? = nil,
                           options: Options = Options()) throws(AnalysisError) -> AnalysisResult {
        // 1. Impute.
        let filled: ImputationResult
        do {
            filled = try Imputation.fill(panel, edges: configuration.edges, dropIncomplete: options.dropIncomplete)
        } catch let error as ImputationError {
            throw .input(AnalysisError.diagnostic(for: error, panel: panel))
        } catch {
            throw .internal("imputation failed: \(error)")
        }
        var panel = filled.panel
        guard panel.rowCount > 0 else {
            throw .input(Diagnostic(file: source, line: 1, column: 1, problem: "no unit is left after dropping incomplete units",
                                    hint: "run without --drop-incomplete to see which series are empty"))
        }
        let system = panel.system
        let directions = system.indicators.map(\.direction)
        var warnings = readerWarnings

        // 2. Standardise and weight: once over all rows, or once per year.
        var columns = panel.values
        panel.values = []
        let rowsByYear = panel.rowsByYear
        var weightResults: [WeightsResult] = []
        var scores = ScoreTable(score: [], dimensionScores: [])
        let dimensionOfIndicator = system.dimensionOfIndicator
        func weigh(_ block: inout [[Double]], year: Int?) throws(AnalysisError) -> (WeightSet, CompositeScores) {
            let means = block.map { $0.reduce(0, +) / Double(max($0.count, 1)) }
            let deviations = block.map(rawPopulationDeviation)
            let ranges = Standardization.minMax(&block, directions: directions)
            do {
                let set = try ObjectiveWeighting.weights(method: configuration.weighting, rawMeans: means,
                                                         rawDeviations: deviations, standardized: block,
                                                         ranges: ranges, system: system)
                let composite = CompositeIndex.scores(standardized: block, weights: set.weights,
                                                      dimensionOfIndicator: dimensionOfIndicator,
                                                      dimensionCount: system.dimensions.count)
                return (set, composite)
            } catch {
                let prefix = year.map { "year \($0): " } ?? ""
                throw .input(configuration.diagnostic(at: "weighting", dataFile: source,
                                                      problem: prefix + error.description,
                                                      hint: "check the data of the indicators named, or choose another `weighting`"))
            }
        }
        switch configuration.standardization {
        case .pooled:
            let (set, composite) = try weigh(&columns, year: nil)
            weightResults = [WeightsResult(year: nil, set: set,
                                           dimensionWeights: set.dimensionWeights(dimensionOfIndicator: dimensionOfIndicator,
                                                                                  dimensionCount: system.dimensions.count))]
            scores = ScoreTable(score: composite.score, dimensionScores: composite.dimensionScores)
        case .perYear:
            scores = ScoreTable(score: Array(repeating: 0, count: panel.rowCount),
                                dimensionScores: Array(repeating: Array(repeating: 0, count: panel.rowCount),
                                                       count: system.dimensions.count))
            for yearIndex in panel.years.indices {
                let rows = rowsByYear[yearIndex]
                var block = columns.map { column in rows.map { column[$0] } }
                let (set, composite) = try weigh(&block, year: panel.years[yearIndex])
                for (offset, row) in rows.enumerated() {
                    scores.score[row] = composite.score[offset]
                    for d in system.dimensions.indices { scores.dimensionScores[d][row] = composite.dimensionScores[d][offset] }
                    for j in columns.indices { columns[j][row] = block[j][offset] }
                }
                weightResults.append(WeightsResult(year: panel.years[yearIndex], set: set,
                                                   dimensionWeights: set.dimensionWeights(dimensionOfIndicator: dimensionOfIndicator,
                                                                                          dimensionCount: system.dimensions.count)))
            }
        }
        for result in weightResults {
            let prefix = result.year.map { "year \($0): " } ?? ""
            warnings += result.set.warnings.map { prefix + $0 }
        }

        // 3. Decompose every year.
        let weightOfRowYear: (Int) -> [Double] = { yearIndex in
            weightResults.count == 1 ? weightResults[0].set.weights : weightResults[yearIndex].set.weights
        }
        let yearInputs = panel.years.indices.map { yearIndex -> YearInput in
            let rows = rowsByYear[yearIndex]
            let weights = weightOfRowYear(yearIndex)
            return YearInput(
                year: panel.years[yearIndex],
                rows: rows,
                input: DecompositionInput(
                    totals: rows.map { scores.score[$0] },
                    groups: rows.map { Int32(panel.units[Int(panel.rowUnit[$0])].group) },
                    groupCount: panel.groups.count,
                    sources: scores.dimensionScores.map { part in rows.map { part[$0] } },
                    finerSources: columns.indices.map { j in rows.map { weights[j] * columns[j][$0] } }))
        }
        let scoredPanel = panel
        let decompositions = try YearlyDecomposition.run(
            yearInputs, parallel: options.parallel,
            locate: { AnalysisError.yearLocation(panel: scoredPanel, source: source, rows: $0) })
        let yearly = zip(yearInputs, decompositions).map { input, decomposition in
            YearResult(year: input.year, mean: decomposition.mean, groupMeans: decomposition.groupMeans,
                       dimensionMeans: decomposition.sourceMeans, decomposition: decomposition)
        }
        for result in yearly where result.decomposition.negativeValueCount > 0 {
            warnings.append("year \(result.year): \(result.decomposition.negativeValueCount) negative composite score(s)")
        }

        let input = InputDescription(
            source: source, synthetic: synthetic, units: panel.units, groups: panel.groups, years: panel.years,
            system: system, unitsPerGroup: panel.unitsPerGroup, imputed: filled.imputed, dropped: filled.dropped,
            warnings: warnings, rowCount: panel.rowCount, encoding: encoding)
        return AnalysisResult(
            input: input, standardization: configuration.standardization, weighting: configuration.weighting,
            weights: weightResults, rowUnit: panel.rowUnit, rowYear: panel.rowYear, scores: scores, yearly: yearly,
            meanGrowth: GrowthRates(series: yearly.map(\.mean)),
            giniChange: GrowthRates(series: yearly.map(\.decomposition.gini)))
    }

    private static func rawPopulationDeviation(_ column: [Double]) -> Double {
        guard !column.isEmpty else { return 0 }
        let mean = column.reduce(0, +) / Double(column.count)
        return (column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(column.count)).squareRoot()
    }
}

/// One year's decomposition input and the panel rows it came from.
public struct YearInput: Sendable {
    public var year: Int
    public var rows: [Int]
    public var input: DecompositionInput
}
