/// Dagum's decomposition of G by group (METHOD.md section 7; C. Dagum, "A new approach
/// to the decomposition of the Gini income inequality ratio", Empirical Economics 22
/// (1997) 515-531).
///
/// From W_j = sum over unordered pairs in group j of |y_i - y_r| and
/// S_jh = sum_{i in j, r in h} |y_i - y_r| (``RankWeightedSums`` of the totals):
///
///     Gw_j = W_j / (n^2 mu)                 (= sum_{i,r in j} |y_i - y_r| / (2 n^2 mu))
///     Gb_jh = S_jh / (n^2 mu)               (= 2 sum_{i in j, r in h} |y_i - y_r| / (2 n^2 mu))
///     G_jj = W_j / (n_j^2 mu_j)
///     G_jh = S_jh / (n_j n_h (mu_j + mu_h))
///     D_jh = |mu_j - mu_h| / Delta_jh,  Delta_jh = S_jh / (n_j n_h)
///     Gnb = sum Gb_jh D_jh,  Gt = sum Gb_jh (1 - D_jh)
///
/// Conventions: an empty group has Gw_j = 0, Gb_jh = 0, and nil G_jj, G_jh, D_jh.
/// Dagum's indices are 0 when their numerator is 0 (no spread, even with a zero mean)
/// and nil when only their denominator is 0. D_jh = 0 when Delta_jh = 0.
/// Complexity: O(k^2) from the sums.
struct DagumDecomposition {
    var within: [Double]
    var between: [Double]
    var groupGini: [Double?]
    var pairGini: [Double?]
    var affluence: [Double?]
    var netBetween: Double
    var transvariation: Double

    /// - Parameters:
    ///   - totalSums: ``RankWeightedSums/byGroupPair(of:shift:groups:counts:)`` of the
    ///     totals: W_j = totalSums[j k + j], S_jh = totalSums[j k + h] + totalSums[h k + j].
    ///   - groups: sizes, means and deviation sums of the groups.
    ///   - scale: the common denominator n^2 mu.
    init(totalSums: [Double], groups: GroupStatistics, scale: TermScale) {
        let groupCount = groups.sizes.count
        let pairs = GroupPairs.pairs(groupCount: groupCount)
        let withinSums = (0..<groupCount).map { totalSums[$0 * groupCount + $0] }
        let pairSums = pairs.map { first, second in
            totalSums[first * groupCount + second] + totalSums[second * groupCount + first]
        }
        within = withinSums.map { scale($0) }
        between = pairSums.map { scale($0) }

        groupGini = (0..<groupCount).map { group in
            guard let groupMean = groups.means[group] else { return nil }
            let size = Double(groups.sizes[group])
            return Self.ratio(withinSums[group], size * size * groupMean)
        }
        pairGini = pairs.indices.map { pair in
            let (first, second) = pairs[pair]
            guard let firstMean = groups.means[first], let secondMean = groups.means[second] else { return nil }
            let sizes = Double(groups.sizes[first]) * Double(groups.sizes[second])
            return Self.ratio(pairSums[pair], sizes * (firstMean + secondMean))
        }
        // D_jh = |mu_j - mu_h| n_j n_h / S_jh = |n_h dev_j - n_j dev_h| / S_jh: the
        // deviation sums keep the digits of close means. Orientation does not matter
        // (the richer group first is the absolute value).
        affluence = pairs.indices.map { pair in
            let (first, second) = pairs[pair]
            guard groups.sizes[first] > 0, groups.sizes[second] > 0 else { return nil }
            guard pairSums[pair] != 0 else { return 0 }
            let meanGap = abs(Double(groups.sizes[second]) * groups.deviationSums[first]
                - Double(groups.sizes[first]) * groups.deviationSums[second])
            return meanGap / pairSums[pair]
        }
        var netBetween = CompensatedSum()
        var transvariation = CompensatedSum()
        for pair in pairs.indices {
            let relativeAffluence = affluence[pair] ?? 0      // nil only where Gb_jh = 0
            netBetween.add(between[pair] * relativeAffluence)
            transvariation.add(between[pair] * (1 - relativeAffluence))
        }
        self.netBetween = netBetween.value
        self.transvariation = transvariation.value
    }

    /// numerator / denominator for Dagum's indices: 0 when the numerator is 0, nil when
    /// only the denominator is 0 (undefined).
    private static func ratio(_ numerator: Double, _ denominator: Double) -> Double? {
        if numerator == 0 { return 0 }
        if denominator == 0 { return nil }
        return numerator / denominator
    }
}
