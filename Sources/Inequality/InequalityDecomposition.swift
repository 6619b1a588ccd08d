/// The Gini coefficient of one year with its decompositions by group (Dagum 1997), by
/// source and by group x source (Mussard's bidimensional Gini).
///
/// References: C. Dagum, "A new approach to the decomposition of the Gini income
/// inequality ratio", Empirical Economics 22 (1997) 515-531; S. Mussard, "The
/// bidimensional decomposition of the Gini ratio. A case study: Italy", Applied
/// Economics Letters 11 (2004) 503-505; R. I. Lerman and S. Yitzhaki, "Income
/// inequality effects by income source", Review of Economics and Statistics 67 (1985)
/// 151-156 (source terms). Formulas and conventions: METHOD.md sections 6-9.
public enum InequalityDecomposition {
    /// Decomposes one year's totals by group, by source and by group x source.
    ///
    /// - Formulas (METHOD.md; n units, mean mu, all sums over ordered pairs):
    ///   - G = sum_i sum_r |y_i - y_r| / (2 n^2 mu), in the sorted fast form
    ///     sum_r (2r - n - 1) y_(r) / (n^2 mu);
    ///   - Gw_j = sum_{i,r in j} |y_i - y_r| / (2 n^2 mu);
    ///     Gb_jh = 2 sum_{i in j, r in h} |y_i - y_r| / (2 n^2 mu);
    ///   - G_jj, G_jh, D_jh, Gnb = sum Gb_jh D_jh, Gt = sum Gb_jh (1 - D_jh) (section 7);
    ///   - G^m = sum_i y_i^m (L_i - H_i) / (n^2 mu), L_i (H_i) the number of units with a
    ///     strictly smaller (larger) total (section 8);
    ///   - Gw_j^m = sum_{i in j} y_i^m (L_i^j - H_i^j) / (n^2 mu) and
    ///     Gb_jh^m = (sum_{i in j} y_i^m (L_i^h - H_i^h) + sum_{r in h} y_r^m (L_r^j - H_r^j)) / (n^2 mu),
    ///     with L_i^h (H_i^h) counting only the units of group h (section 9).
    /// - Ties: units with equal totals are in neither L nor H of each other, so a tied
    ///   pair adds nothing to any source or two-way term: METHOD.md section 8's midpoint
    ///   rule, independent of row order.
    /// - Algorithm: one sort of the units by total, one sweep over blocks of equal totals
    ///   with running per-group counts (``SignedRankCounts``), then one sequential pass
    ///   per total/source array (``RankWeightedSums``), centred on the mean and summed
    ///   with Neumaier compensation. No pair loop. Complexity: O(n log n + n k (1 + M) + n F)
    ///   time and O(n k) memory, for k groups, M sources and F finer sources.
    /// - Checks: every term is computed from its own formula, then these identities are
    ///   checked to 1e-10 relative to G (absolute floor 1e-14): sum of group terms = G;
    ///   Gw + Gnb + Gt = G; Gnb = sum_{j<h} p_j p_h |mu_j - mu_h| / mu; sum_m G^m = G and
    ///   sum_f G^f = G (when there are sources); each two-way row adds up to its Gw_j or
    ///   Gb_jh and each column to its G^m. A failure throws `.identityViolated`.
    /// - Conventions: all totals equal (including all zero): G = 0, every term 0,
    ///   D_jh = 0, group means still reported. A group with no unit: within term and
    ///   pair terms 0, G_jj, G_jh and D_jh nil, two-way cells 0. A group of one unit:
    ///   G_jj = 0. Negative totals and parts are allowed; negative totals are counted in
    ///   `negativeValueCount`.
    /// - Throws: `.empty` for no units; `.shapeMismatch` for arrays of different lengths
    ///   or a group index outside `0..<groupCount`; `.nonFinite(index:)` for a NaN or
    ///   infinite total or part; `.negativeMean` when mu < 0; `.zeroMeanWithSpread` when
    ///   mu = 0 but the totals differ; `.identityViolated` as above.
    public static func decompose(_ input: DecompositionInput) throws(InequalityError) -> YearDecomposition {
        try input.validate()
        let totals = input.totals
        let groups = input.groups
        let groupCount = input.groupCount
        let unitCount = Double(totals.count)

        let mean = CompensatedSum.total(of: totals) / unitCount
        let hasSpread = totals.contains { $0 != totals[0] }
        guard mean >= 0 else { throw .negativeMean(mean) }
        guard mean != 0 || !hasSpread else { throw .zeroMeanWithSpread }
        // n^2 mu, the common denominator. Without spread every numerator is exactly 0
        // (all units are tied) and every term is 0, also when mu = 0.
        let denominator = unitCount * unitCount * mean
        func term(_ numerator: Double) -> Double { hasSpread ? numerator / denominator : 0 }

        // Group sizes, means, and sums of deviations from mu (for |mu_j - mu_h|).
        var groupSizes = [Int](repeating: 0, count: groupCount)
        var groupSums = [CompensatedSum](repeating: CompensatedSum(), count: groupCount)
        var groupDeviations = [CompensatedSum](repeating: CompensatedSum(), count: groupCount)
        for (total, group) in zip(totals, groups) {
            let group = Int(group)
            groupSizes[group] += 1
            groupSums[group].add(total)
            groupDeviations[group].add(total - mean)
        }
        let groupMeans: [Double?] = (0..<groupCount).map { group in
            groupSizes[group] > 0 ? groupSums[group].value / Double(groupSizes[group]) : nil
        }

        let counts = SignedRankCounts(totals: totals, groups: groups, groupSizes: groupSizes)
        let gini = term(Gini.fastFormNumerator(ascending: counts.ascendingTotals, shift: mean))

        // Section 7. halfWithin[j] = sum_{i,r in j} |y_i - y_r| / 2;
        // pairSum[p] = S_jh = sum_{i in j, r in h} |y_i - y_r|.
        let totalSums = RankWeightedSums.byGroupPair(of: totals, shift: mean, groups: groups, counts: counts)
        let pairs = GroupPairs.pairs(groupCount: groupCount)
        let halfWithin = (0..<groupCount).map { totalSums[$0 * groupCount + $0] }
        let pairSum = pairs.map { first, second in
            totalSums[first * groupCount + second] + totalSums[second * groupCount + first]
        }
        let within = halfWithin.map(term)
        let between = pairSum.map(term)

        let groupGini: [Double?] = (0..<groupCount).map { group in
            guard let groupMean = groupMeans[group] else { return nil }
            let size = Double(groupSizes[group])
            return ratio(halfWithin[group], size * size * groupMean)
        }
        let pairGini: [Double?] = pairs.indices.map { pair in
            let (first, second) = pairs[pair]
            guard let firstMean = groupMeans[first], let secondMean = groupMeans[second] else { return nil }
            let sizes = Double(groupSizes[first]) * Double(groupSizes[second])
            return ratio(pairSum[pair], sizes * (firstMean + secondMean))
        }
        // D_jh = |mu_j - mu_h| / Delta_jh = |n_h dev_j - n_j dev_h| / S_jh, where
        // dev_j = sum_{i in j} (y_i - mu): the deviations keep the digits of a small
        // difference of means. Delta_jh = 0 (S_jh = 0) gives 0.
        let affluence: [Double?] = pairs.indices.map { pair in
            let (first, second) = pairs[pair]
            guard groupSizes[first] > 0, groupSizes[second] > 0 else { return nil }
            guard pairSum[pair] != 0 else { return 0 }
            let meanGap = abs(Double(groupSizes[second]) * groupDeviations[first].value
                - Double(groupSizes[first]) * groupDeviations[second].value)
            return meanGap / pairSum[pair]
        }
        var netBetween = CompensatedSum()
        var transvariation = CompensatedSum()
        for pair in pairs.indices {
            let relativeAffluence = affluence[pair] ?? 0
            netBetween.add(between[pair] * relativeAffluence)
            transvariation.add(between[pair] * (1 - relativeAffluence))
        }

        // Section 8, by source and by finer source.
        let sourceMeans = input.sources.map { CompensatedSum.total(of: $0) / unitCount }
        let sources = zip(input.sources, sourceMeans).map { parts, partMean in
            term(RankWeightedSums.overall(of: parts, shift: partMean, counts: counts))
        }
        let finerSources = input.finerSources.map { parts in
            let partMean = CompensatedSum.total(of: parts) / unitCount
            return term(RankWeightedSums.overall(of: parts, shift: partMean, counts: counts))
        }

        // Section 9, group x source.
        var twoWayWithin = [[Double]](repeating: [], count: groupCount)
        var twoWayBetween = [[Double]](repeating: [], count: pairs.count)
        for (parts, partMean) in zip(input.sources, sourceMeans) {
            let partSums = RankWeightedSums.byGroupPair(of: parts, shift: partMean, groups: groups, counts: counts)
            for group in 0..<groupCount {
                twoWayWithin[group].append(term(partSums[group * groupCount + group]))
            }
            for (pair, (first, second)) in pairs.enumerated() {
                twoWayBetween[pair].append(term(
                    partSums[first * groupCount + second] + partSums[second * groupCount + first]))
            }
        }

        let result = YearDecomposition(
            count: totals.count,
            mean: mean,
            gini: gini,
            groupSizes: groupSizes,
            groupMeans: groupMeans,
            sourceMeans: sourceMeans,
            within: within,
            between: between,
            withinTotal: CompensatedSum.total(of: within),
            betweenTotal: CompensatedSum.total(of: between),
            groupGini: groupGini,
            pairGini: pairGini,
            affluence: affluence,
            netBetween: netBetween.value,
            transvariation: transvariation.value,
            sources: sources,
            finerSources: finerSources,
            twoWayWithin: twoWayWithin,
            twoWayBetween: twoWayBetween,
            negativeValueCount: totals.lazy.filter { $0 < 0 }.count
        )
        try DecompositionIdentities.verify(result)
        return result
    }

    /// numerator / denominator for Dagum's indices: 0 when the numerator is 0 (no spread,
    /// even with a zero mean), nil when only the denominator is 0 (undefined).
    private static func ratio(_ numerator: Double, _ denominator: Double) -> Double? {
        if numerator == 0 { return 0 }
        if denominator == 0 { return nil }
        return numerator / denominator
    }
}
