import PanelData
import PanelIO
import Weighting

/// Standardisation, weights and scores (METHOD.md sections 3-5), pooled over all rows or
/// per year.
enum WeightingStage {
    struct Output {
        var weights: [WeightsResult]
        var scores: ScoreTable
    }

    /// Standardises `columns` in place and returns the weights and the scores.
    static func run(columns: inout [[Double]], panel: Panel, configuration: AnalysisConfiguration, source: String,
                    onStage: (@Sendable (AnalysisStage) -> Void)?) throws(AnalysisError) -> Output {
        let system = panel.system
        let dimensionOfIndicator = system.dimensionOfIndicator
        let dimensionCount = system.dimensions.count
        switch configuration.standardization {
        case .pooled:
            let set = try weigh(&columns, year: nil, configuration: configuration, system: system, provenance: panel.provenance, source: source)
            onStage?(.standardizeAndWeigh)
            let composite = CompositeIndex.scores(standardized: columns, weights: set.weights,
                                                  dimensionOfIndicator: dimensionOfIndicator, dimensionCount: dimensionCount)
            onStage?(.score)
            return Output(weights: [WeightsResult(year: nil, set: set,
                                                  dimensionWeights: set.dimensionWeights(dimensionOfIndicator: dimensionOfIndicator,
                                                                                         dimensionCount: dimensionCount))],
                          scores: ScoreTable(score: composite.score, dimensionScores: composite.dimensionScores))
        case .perYear:
            var scores = ScoreTable(score: Array(repeating: 0, count: panel.rowCount),
                                    dimensionScores: Array(repeating: Array(repeating: 0, count: panel.rowCount), count: dimensionCount))
            var weights: [WeightsResult] = []
            for (yearIndex, rows) in panel.rowsByYear.enumerated() {
                var block = columns.map { column in rows.map { column[$0] } }
                let year = panel.years[yearIndex]
                let set = try weigh(&block, year: year, configuration: configuration, system: system, provenance: panel.provenance, source: source)
                let composite = CompositeIndex.scores(standardized: block, weights: set.weights,
                                                      dimensionOfIndicator: dimensionOfIndicator, dimensionCount: dimensionCount)
                for (offset, row) in rows.enumerated() {
                    scores.score[row] = composite.score[offset]
                    for d in 0..<dimensionCount { scores.dimensionScores[d][row] = composite.dimensionScores[d][offset] }
                    for j in columns.indices { columns[j][row] = block[j][offset] }
                }
                weights.append(WeightsResult(year: year, set: set,
                                             dimensionWeights: set.dimensionWeights(dimensionOfIndicator: dimensionOfIndicator,
                                                                                    dimensionCount: dimensionCount)))
            }
            onStage?(.standardizeAndWeigh)
            onStage?(.score)
            return Output(weights: weights, scores: scores)
        }
    }

    /// Standardises one block of rows in place and computes its weights.
    private static func weigh(_ block: inout [[Double]], year: Int?, configuration: AnalysisConfiguration,
                              system: IndicatorSystem, provenance: PanelProvenance?,
                              source: String) throws(AnalysisError) -> WeightSet {
        let directions = system.indicators.map(\.direction)
        let needsRawMoments = configuration.weighting == .cv
        let means = needsRawMoments ? block.map { $0.reduce(0, +) / Double(max($0.count, 1)) } : []
        let deviations = needsRawMoments ? block.map(rawPopulationDeviation) : []
        let ranges = Standardization.minMax(&block, directions: directions)
        do {
            return try ObjectiveWeighting.weights(method: configuration.weighting, rawMeans: means,
                                                  rawDeviations: deviations, standardized: block,
                                                  ranges: ranges, system: system)
        } catch {
            let prefix = year.map { "year \($0): " } ?? ""
            throw .input(diagnostic(for: error, problem: prefix + error.description, configuration: configuration,
                                    system: system, provenance: provenance, source: source))
        }
    }

    /// Where a weighting problem is reported: at the configuration's `weight` or
    /// `weighting` key when the configuration names it, otherwise at the data header's
    /// column of the indicator concerned (the first indicator when all are concerned).
    private static func diagnostic(for error: WeightingError, problem: String, configuration: AnalysisConfiguration,
                                   system: IndicatorSystem, provenance: PanelProvenance?, source: String) -> Diagnostic {
        let indicator: String?
        let hint: String
        switch error {
        case let .zeroMean(id):
            indicator = id
            hint = "the coefficient of variation needs a non-zero mean; choose another `weighting`, e.g. critic"
        case let .missingGivenWeight(id), let .negativeGivenWeight(id, _):
            indicator = id
            hint = "give every indicator a non-negative `weight` in the configuration"
        case .givenWeightsSumToZero:
            indicator = nil
            hint = "give at least one indicator a positive `weight`"
        case .undefined, .tooFewRows:
            indicator = nil
            hint = "the indicators do not vary enough to weigh them: check the data, or choose `weighting: equal` or `given`"
        }
        if configuration.locations["weighting"] != nil || provenance == nil {
            let key = indicator.map { "indicator:\($0)" }.flatMap { configuration.locations[$0] != nil && configuration.weighting == .given ? $0 : nil }
            return configuration.diagnostic(at: key ?? "weighting", dataFile: source, problem: problem, hint: hint)
        }
        let index = indicator.flatMap { id in system.indicators.firstIndex { $0.id == id } } ?? 0
        let column = provenance.flatMap { $0.indicatorColumns.indices.contains(index) ? $0.indicatorColumns[index] : nil } ?? 1
        return Diagnostic(file: provenance?.file ?? source, line: 1, column: column, problem: problem, hint: hint)
    }

    private static func rawPopulationDeviation(_ column: [Double]) -> Double {
        guard !column.isEmpty else { return 0 }
        let mean = column.reduce(0, +) / Double(column.count)
        return (column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(column.count)).squareRoot()
    }
}
