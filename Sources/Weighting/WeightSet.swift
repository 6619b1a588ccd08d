import PanelData

/// The weights of the indicators and the parts they were computed from.
///
/// `weights` sum to 1 and are non-negative. `sigma` is the population standard
/// deviation of each standardised column (reported for every method). `conflict` and
/// `information` are CRITIC's parts and nil for the other methods; `entropy` is the
/// entropy e_j of the entropy method.
public struct WeightSet: Sendable, Hashable {
    public var method: WeightingMethod
    public var weights: [Double]
    public var sigma: [Double]
    public var conflict: [Double]?
    public var information: [Double]?
    public var entropy: [Double]?
    /// Non-fatal notes (constant columns, renormalised given weights).
    public var warnings: [String]

    public init(method: WeightingMethod, weights: [Double], sigma: [Double], conflict: [Double]? = nil,
                information: [Double]? = nil, entropy: [Double]? = nil, warnings: [String] = []) {
        self.method = method
        self.weights = weights
        self.sigma = sigma
        self.conflict = conflict
        self.information = information
        self.entropy = entropy
        self.warnings = warnings
    }

    /// The weight of each dimension: the sum of its indicators' weights.
    public func dimensionWeights(dimensionOfIndicator: [Int], dimensionCount: Int) -> [Double] {
        var sums = [Double](repeating: 0, count: dimensionCount)
        for (j, d) in dimensionOfIndicator.enumerated() { sums[d] += weights[j] }
        return sums
    }
}

/// Why weights could not be computed.
public enum WeightingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Every column is constant, or the information of every column is 0.
    case undefined(method: WeightingMethod)
    /// The entropy method needs at least two rows.
    case tooFewRows(method: WeightingMethod, rows: Int)
    /// The coefficient of variation of an indicator with raw mean 0 is undefined.
    case zeroMean(indicator: String)
    /// `weighting: given` without a weight for this indicator, or a negative one.
    case missingGivenWeight(indicator: String)
    case negativeGivenWeight(indicator: String, weight: Double)
    /// The given weights add up to 0.
    case givenWeightsSumToZero

    public var description: String {
        switch self {
        case let .undefined(method):
            return "the \(method.rawValue) weights are undefined: every indicator is constant or carries no information"
        case let .tooFewRows(method, rows):
            return "the \(method.rawValue) weights need at least 2 rows (found \(rows))"
        case let .zeroMean(indicator):
            return "the coefficient of variation of `\(indicator)` is undefined: its mean is 0"
        case let .missingGivenWeight(indicator):
            return "indicator `\(indicator)` has no weight but `weighting` is `given`"
        case let .negativeGivenWeight(indicator, weight):
            return "indicator `\(indicator)` has a negative weight (\(weight))"
        case .givenWeightsSumToZero:
            return "the given weights add up to 0"
        }
    }
}
