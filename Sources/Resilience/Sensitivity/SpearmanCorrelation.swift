/// Spearman's rank correlation coefficient, with average ranks for ties.
///
/// Definition (C. Spearman, "The proof and measurement of association between two
/// things", American Journal of Psychology 15 (1904) 72-101): rho is Pearson's
/// correlation of the ranks,
///
///     rho = sum_i (R_i - Rbar)(S_i - Sbar) / sqrt(sum_i (R_i - Rbar)^2 sum_i (S_i - Sbar)^2),
///
/// where R_i and S_i are the ranks of x_i and y_i (1 = smallest). Tied values get the
/// mean of the ranks they span ("fractional ranking"), the convention of
/// `scipy.stats.spearmanr`, R's `cor(method = "spearman")` and most textbooks; with
/// ties the short form 1 - 6 sum d_i^2 / (n (n^2 - 1)) is not exact, so it is not used.
///
/// Conventions: nil (undefined, never NaN) when the lists differ in length, have fewer
/// than two values, contain a non-finite value, or when either list is constant (all
/// ranks tied: no variance). Complexity: O(n log n) (two sorts), O(n) memory.
public enum SpearmanCorrelation {
    /// rho of `x` and `y`, or nil where it is undefined (see the type's conventions).
    public static func coefficient(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 2, x.allSatisfy(\.isFinite), y.allSatisfy(\.isFinite) else { return nil }
        return pearson(ranks(x), ranks(y))
    }

    /// The 1-based ranks of `values`, ties getting the mean of the ranks they span: the
    /// ranks of (10, 20, 20, 30) are (1, 2.5, 2.5, 4). O(n log n).
    public static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && values[order[end]] == values[order[start]] { end += 1 }
            // Positions start..<end hold ranks start+1 ... end; their mean is (start + 1 + end) / 2.
            let rank = Double(start + 1 + end) / 2
            for position in start..<end { ranks[order[position]] = rank }
            start = end
        }
        return ranks
    }

    /// Pearson's correlation of two lists of equal length >= 2; nil when either has no
    /// variance. Two-pass (means first), so the sums of squares do not cancel.
    static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n, meanY = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - meanX) * (b - meanY)
            sxx += (a - meanX) * (a - meanX)
            syy += (b - meanY) * (b - meanY)
        }
        guard sxx > 0, syy > 0 else { return nil }
        return min(1, max(-1, sxy / (sxx * syy).squareRoot()))
    }
}
