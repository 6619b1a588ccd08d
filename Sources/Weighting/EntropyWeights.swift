import Foundation

/// Entropy weights on the standardised values (not in the study; offered for comparison).
///
/// With a small shift so that the logarithm is defined for a standardised 0:
/// `x''_ij = x'_ij + shift` (shift = 1e-4, the usual choice in this literature),
/// `p_ij = x''_ij / sum_i x''_ij`, entropy `e_j = -(1 / ln N) sum_i p_ij ln p_ij`,
/// divergence `d_j = 1 - e_j`, weight `W_j = d_j / sum_k d_k`.
/// A constant column has p_ij = 1/N, e_j = 1 and weight 0. The shift is applied to every
/// cell alike, so no criterion containing a 0 is silently zeroed.
/// Needs N >= 2. Complexity O(N m).
public enum EntropyWeights {
    /// The shift added to every standardised value.
    public static let shift = 1e-4

    public static func weights(standardized columns: [[Double]]) throws(WeightingError) -> WeightSet {
        let rows = columns.first?.count ?? 0
        guard rows >= 2 else { throw .tooFewRows(method: .entropy, rows: rows) }
        let logRows = log(Double(rows))
        var entropy: [Double] = []
        for column in columns {
            let total = column.reduce(0) { $0 + $1 + shift }
            var sum = 0.0
            for value in column {
                let p = (value + shift) / total
                sum += p * log(p)
            }
            entropy.append(Swift.min(1, -sum / logRows))
        }
        let divergence = entropy.map { 1 - $0 }
        let total = divergence.reduce(0, +)
        guard total > 0 else { throw .undefined(method: .entropy) }
        return WeightSet(method: .entropy, weights: divergence.map { $0 / total },
                         sigma: columns.map(populationStandardDeviation), entropy: entropy)
    }
}
