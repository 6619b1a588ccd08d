/// Composite scores and dimension sub-scores (METHOD.md section 5).
public struct CompositeScores: Sendable {
    /// `U_i = sum_j W_j x'_ij`, summed left to right in indicator order.
    public var score: [Double]
    /// `dimensionScores[d][i] = sum over j in d of W_j x'_ij`; they add up to the score.
    public var dimensionScores: [[Double]]
}

/// Computes composite scores from standardised columns and weights.
///
/// The composite is the plain left-to-right sum of the weighted parts in indicator order
/// (METHOD.md section 8), so that exact ties in the data stay exact ties. Complexity O(N m).
public enum CompositeIndex {
    public static func scores(standardized columns: [[Double]], weights: [Double],
                              dimensionOfIndicator: [Int], dimensionCount: Int) -> CompositeScores {
        let rows = columns.first?.count ?? 0
        var score = [Double](repeating: 0, count: rows)
        var dimensionScores = [[Double]](repeating: [Double](repeating: 0, count: rows), count: dimensionCount)
        for (j, column) in columns.enumerated() {
            let weight = weights[j]
            let d = dimensionOfIndicator[j]
            column.withUnsafeBufferPointer { x in
                score.withUnsafeMutableBufferPointer { total in
                    for i in 0..<rows { total[i] += weight * x[i] }
                }
                dimensionScores[d].withUnsafeMutableBufferPointer { part in
                    for i in 0..<rows { part[i] += weight * x[i] }
                }
            }
        }
        return CompositeScores(score: score, dimensionScores: dimensionScores)
    }
}
