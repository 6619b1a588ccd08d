/// CRITIC weights (Diakoulaki, Mavrotas and Papayannakis, 1995; METHOD.md section 4).
///
/// Over the N standardised rows:
/// - contrast `sigma_j = sqrt((1/N) sum_i (x'_ij - mean_j)^2)` (population deviation);
/// - conflict `C_j = sum_k (1 - r_jk)`, r the Pearson correlation of the standardised,
///   direction-adjusted columns x' (never of raw data);
/// - information `I_j = sigma_j C_j`; weight `W_j = I_j / sum_k I_k`.
///
/// **Convention**: a constant column (sigma_j = 0) carries no information: W_j = 0, its
/// conflict and information are reported as 0, and it is left out of every other
/// column's conflict sum, so adding a constant column never changes the other weights.
/// If the information of every column is 0 (every column constant, a single varying
/// column, whose conflict sum is empty, or varying columns that are all perfectly
/// correlated) the weights are undefined and an error is thrown, as METHOD.md section 4
/// says; `equal` or `given` weights serve such a system. 1/N or 1/(N-1) in sigma does not
/// change the weights (the factor cancels).
///
/// Complexity: one pass over the rows, O(N m^2) time, O(m^2) memory (``CovarianceAccumulator``).
public enum CRITIC {
    public static func weights(standardized columns: [[Double]]) throws(WeightingError) -> WeightSet {
        let m = columns.count
        let moments = CovarianceAccumulator.accumulate(columns)
        let sigma = (0..<m).map { moments.populationStandardDeviation($0) }
        let informative = (0..<m).filter { sigma[$0] > 0 }
        var conflict = [Double](repeating: 0, count: m)
        for j in informative {
            var sum = 0.0
            for k in informative where k != j { sum += 1 - moments.correlation(j, k) }
            conflict[j] = sum
        }
        let information = (0..<m).map { sigma[$0] * conflict[$0] }
        let total = information.reduce(0, +)
        guard total > 0 else { throw .undefined(method: .critic) }
        return WeightSet(method: .critic, weights: information.map { $0 / total }, sigma: sigma,
                         conflict: conflict, information: information)
    }
}
