import Inequality
import PanelData
import Weighting

/// What was analysed: the `input` block of results.json.
public struct InputDescription: Sendable {
    /// `"demo"` or the data file's path as given.
    public var source: String
    /// True for the embedded demo panel.
    public var synthetic: Bool
    public var units: [PanelUnit]
    public var groups: [String]
    public var years: [Int]
    public var system: IndicatorSystem
    /// Units per group, in group order.
    public var unitsPerGroup: [Int]
    /// Filled cells, in unit, year, indicator order.
    public var imputed: [ImputedCell]
    public var dropped: [DroppedUnit]
    public var warnings: [String]
    /// Observation rows (unit-years) after imputation and dropping.
    public var rowCount: Int
    /// The text encoding of the data file, when it was a text file.
    public var encoding: String?
}

/// The weights of one weighting run: the whole panel (`year == nil`) or one year
/// (`standardization: per-year`).
public struct WeightsResult: Sendable {
    public var year: Int?
    public var set: WeightSet
    /// Sum of the indicators' weights per dimension, in dimension order.
    public var dimensionWeights: [Double]
}

/// Composite scores and dimension sub-scores of every unit-year, column-wise, aligned
/// with ``AnalysisResult/rowUnit`` and ``AnalysisResult/rowYear``.
public struct ScoreTable: Sendable {
    public var score: [Double]
    public var dimensionScores: [[Double]]
}

/// One year's results: means (Table 3) and the Gini decompositions (Tables 4-6).
public struct YearResult: Sendable {
    public var year: Int
    /// The national mean score.
    public var mean: Double
    /// Mean score per group; nil for a group with no unit this year.
    public var groupMeans: [Double?]
    /// Mean sub-score per dimension.
    public var dimensionMeans: [Double]
    public var decomposition: YearDecomposition
    /// Theil's T of the scores decomposed by group (the robustness check); nil when the
    /// year has a negative score (a warning says so).
    public var theil: TheilDecomposition? = nil
}

/// Average growth of a yearly series from its first to its last year.
///
/// - `total`: `x_last / x_first - 1`.
/// - `arithmetic`: the mean of the year-on-year rates `x_t / x_{t-1} - 1` (the study's
///   "average annual growth", 1.10% for its national mean).
/// - `compound`: `(x_last / x_first)^(1 / (T - 1)) - 1` over the T years.
/// Each is nil where it divides by 0 (a year with x = 0) or there is one year only.
public struct GrowthRates: Sendable, Hashable {
    public var total: Double?
    public var arithmetic: Double?
    public var compound: Double?

    public init(series: [Double]) {
        guard series.count >= 2, let first = series.first, let last = series.last else { return }
        if first != 0 {
            total = last / first - 1
            let ratio = last / first
            compound = ratio >= 0 ? pow(ratio, 1 / Double(series.count - 1)) - 1 : nil
        }
        let steps = zip(series, series.dropFirst())
        if steps.allSatisfy({ $0.0 != 0 }) {
            arithmetic = steps.reduce(0) { $0 + ($1.1 / $1.0 - 1) } / Double(series.count - 1)
        }
    }
}

/// Everything `resilience analyze` computes; results.json is this type written out.
public struct AnalysisResult: Sendable {
    public var input: InputDescription
    public var standardization: StandardizationMode
    public var weighting: WeightingMethod
    /// One entry (pooled) or one per year (per-year).
    public var weights: [WeightsResult]
    /// Unit and year index of every scored row (rows of the imputed panel).
    public var rowUnit: [Int32]
    public var rowYear: [Int32]
    public var scores: ScoreTable
    public var yearly: [YearResult]
    /// Growth of the national mean.
    public var meanGrowth: GrowthRates
    /// Change of the Gini coefficient.
    public var giniChange: GrowthRates
    /// Bootstrap intervals, when asked for.
    public var bootstrap: BootstrapResult?
}

import Foundation
