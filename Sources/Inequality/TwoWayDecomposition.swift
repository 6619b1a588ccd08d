/// The two-dimensional decomposition, group x source (METHOD.md section 9; S. Mussard,
/// "The bidimensional decomposition of the Gini ratio. A case study: Italy", Applied
/// Economics Letters 11 (2004) 503-505).
///
/// Section 8 applied to the pairs inside a group and across a pair of groups, with the
/// whole-sample n and mu in the denominator:
///
///     Gw_j^m  = sum_{i in j} y_i^m (L_i^j - H_i^j) / (n^2 mu)
///     Gb_jh^m = (sum_{i in j} y_i^m (L_i^h - H_i^h) + sum_{r in h} y_r^m (L_r^j - H_r^j)) / (n^2 mu)
///
/// with L_i^h (H_i^h) the number of units of group h whose total is strictly smaller
/// (larger) than y_i; ties follow the midpoint rule. Rows add up to Gw_j and Gb_jh,
/// columns to G^m. Complexity: O(n k) per source after the one sort.
struct TwoWayDecomposition {
    /// `[group][source]`.
    var within: [[Double]]
    /// `[pair][source]`, pairs in ``GroupPairs`` order.
    var between: [[Double]]

    /// - Parameters: the part arrays and their means (the centring shift), the groups of
    ///   the units, the rank counts and the common denominator.
    init(sources: [[Double]], means: [Double], groups: [Int32], counts: SignedRankCounts, scale: TermScale) {
        let groupCount = counts.groupCount
        let pairs = GroupPairs.pairs(groupCount: groupCount)
        var within = [[Double]](repeating: [], count: groupCount)
        var between = [[Double]](repeating: [], count: pairs.count)
        for (parts, partMean) in zip(sources, means) {
            let sums = RankWeightedSums.byGroupPair(of: parts, shift: partMean, groups: groups, counts: counts)
            for group in 0..<groupCount {
                within[group].append(scale(sums[group * groupCount + group]))
            }
            for (pair, (first, second)) in pairs.enumerated() {
                between[pair].append(scale(sums[first * groupCount + second] + sums[second * groupCount + first]))
            }
        }
        self.within = within
        self.between = between
    }
}
