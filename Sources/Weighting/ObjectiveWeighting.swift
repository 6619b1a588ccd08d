import PanelData

/// Chooses and runs a weighting method on one matrix (all pooled rows, or one year's).
public enum ObjectiveWeighting {
    /// - Parameters:
    ///   - raw: the raw columns (used by `cv` only; may be the same matrix before standardising).
    ///   - standardized: the min-max standardised columns.
    ///   - ranges: the raw range of each column, to name constant columns in warnings.
    ///   - system: the indicator system (ids, given weights).
    public static func weights(method: WeightingMethod, rawMeans: [Double], rawDeviations: [Double],
                               standardized: [[Double]], ranges: [ColumnRange],
                               system: IndicatorSystem) throws(WeightingError) -> WeightSet {
        let ids = system.indicators.map(\.id)
        var set: WeightSet
        switch method {
        case .critic:
            set = try CRITIC.weights(standardized: standardized)
        case .entropy:
            set = try EntropyWeights.weights(standardized: standardized)
        case .stdev:
            set = try StandardDeviationWeights.weights(standardized: standardized)
        case .cv:
            set = try CoefficientOfVariationWeights.weights(
                rawMeans: rawMeans, rawDeviations: rawDeviations,
                standardizedSigma: standardized.map(populationStandardDeviation), ids: ids)
        case .equal:
            set = EqualWeights.weights(standardizedSigma: standardized.map(populationStandardDeviation))
        case .given:
            set = try GivenWeights.weights(given: system.indicators.map(\.givenWeight), ids: ids,
                                           standardizedSigma: standardized.map(populationStandardDeviation))
        }
        let constant = ranges.indices.filter { ranges[$0].isConstant }.map { ids[$0] }
        if !constant.isEmpty {
            set.warnings.insert("constant indicator(s) \(constant.joined(separator: ", ")): standardised to 0"
                                + (method == .critic ? ", weight 0, left out of the other indicators' conflict" : ""), at: 0)
        }
        return set
    }
}
