import PanelData

/// Population standard deviation `sqrt((1/N) sum (x - mean)^2)`, two-pass; 0 for N = 0.
func populationStandardDeviation(_ column: [Double]) -> Double {
    guard !column.isEmpty else { return 0 }
    let mean = column.reduce(0, +) / Double(column.count)
    let sum = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    return (sum / Double(column.count)).squareRoot()
}

/// Standard-deviation weights: `W_j = sigma_j / sum_k sigma_k`, sigma the population
/// deviation of the standardised column. Complexity O(N m).
public enum StandardDeviationWeights {
    public static func weights(standardized columns: [[Double]]) throws(WeightingError) -> WeightSet {
        let sigma = columns.map(populationStandardDeviation)
        let total = sigma.reduce(0, +)
        guard total > 0 else { throw .undefined(method: .stdev) }
        return WeightSet(method: .stdev, weights: sigma.map { $0 / total }, sigma: sigma)
    }
}

/// Coefficient-of-variation weights on the RAW values: `v_j = sigma_j / |mean_j|` (population
/// deviation of the raw column), `W_j = v_j / sum_k v_k`. A raw mean of 0 is an error naming
/// the indicator. Complexity O(N m).
public enum CoefficientOfVariationWeights {
    /// - Parameters:
    ///   - rawMeans, rawDeviations: mean and population deviation of each raw column.
    ///   - standardizedSigma: reported alongside, as for every method.
    public static func weights(rawMeans: [Double], rawDeviations: [Double], standardizedSigma: [Double],
                               ids: [String]) throws(WeightingError) -> WeightSet {
        var variation: [Double] = []
        for j in rawMeans.indices {
            if rawDeviations[j] == 0 { variation.append(0); continue }
            guard rawMeans[j] != 0 else { throw .zeroMean(indicator: ids[j]) }
            variation.append(rawDeviations[j] / abs(rawMeans[j]))
        }
        let total = variation.reduce(0, +)
        guard total > 0 else { throw .undefined(method: .cv) }
        return WeightSet(method: .cv, weights: variation.map { $0 / total }, sigma: standardizedSigma)
    }
}

/// Equal weights `W_j = 1/m`.
public enum EqualWeights {
    public static func weights(standardizedSigma: [Double]) -> WeightSet {
        let m = standardizedSigma.count
        return WeightSet(method: .equal, weights: Array(repeating: 1 / Double(m), count: m), sigma: standardizedSigma)
    }
}

/// Weights listed in the configuration: checked to be non-negative and renormalised to
/// sum to 1, with a warning, when they do not already (to 1e-9).
public enum GivenWeights {
    public static func weights(given: [Double?], ids: [String], standardizedSigma: [Double]) throws(WeightingError) -> WeightSet {
        var values: [Double] = []
        for (j, weight) in given.enumerated() {
            guard let weight else { throw .missingGivenWeight(indicator: ids[j]) }
            guard weight >= 0 else { throw .negativeGivenWeight(indicator: ids[j], weight: weight) }
            values.append(weight)
        }
        let total = values.reduce(0, +)
        guard total > 0 else { throw .givenWeightsSumToZero }
        var warnings: [String] = []
        if abs(total - 1) > 1e-9 {
            warnings.append("the given weights add up to \(total), not 1; they were divided by \(total)")
            values = values.map { $0 / total }
        }
        return WeightSet(method: .given, weights: values, sigma: standardizedSigma, warnings: warnings)
    }
}
