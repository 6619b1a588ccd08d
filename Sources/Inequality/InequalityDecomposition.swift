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
    ///   with Neumaier compensation; each family of terms from its own type
    ///   (``DagumDecomposition``, ``SourceDecomposition``, ``TwoWayDecomposition``).
    ///   No pair loop anywhere. Complexity: O(n log n + n k (1 + M) + n F)
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
        try decomposeWithSignedRanks(input).decomposition
    }

    /// A decomposition with what further source terms of the same units need.
    public struct Ranked: Sendable {
        public var decomposition: YearDecomposition
        /// L_i - H_i of every unit, in input order.
        public var signedRanks: [Int32]
        /// n, mu and whether the totals differ.
        public var period: PanelSourceTerms.Period
    }

    /// As ``decompose(_:)``, and also L_i - H_i for every unit i (in input order): the
    /// weights of every one-way source term, so that further source terms of the same
    /// units can be computed later without building their part arrays
    /// (``PanelSourceTerms``). Its large scratch arrays come from `workspace` and go back
    /// to it, so that a task decomposing one year after another can pass the same one.
    public static func decomposeWithSignedRanks(_ input: DecompositionInput,
                                                workspace: DecompositionWorkspace = DecompositionWorkspace())
        throws(InequalityError) -> Ranked
    {
        try input.validate()
        let totals = input.totals
        let mean = CompensatedSum.total(of: totals) / Double(totals.count)
        let hasSpread = totals.contains { $0 != totals[0] }
        guard mean >= 0 else { throw .negativeMean(mean) }
        guard mean != 0 || !hasSpread else { throw .zeroMeanWithSpread }
        let scale = TermScale(unitCount: totals.count, mean: mean, hasSpread: hasSpread)

        let groups = GroupStatistics(totals: totals, groups: input.groups, groupCount: input.groupCount, mean: mean)
        let counts = SignedRankCounts(totals: totals, groups: input.groups, groupSizes: groups.sizes,
                                      workspace: workspace)
        let gini = scale(Gini.fastFormNumerator(ascending: counts.ascendingTotals, shift: mean))
        let dagum = DagumDecomposition(
            totalSums: RankWeightedSums.byGroupPair(of: totals, shift: mean, groups: input.groups, counts: counts),
            groups: groups, scale: scale)
        let sources = SourceDecomposition.terms(of: input.sources, counts: counts, scale: scale)
        let finerSources = SourceDecomposition.terms(of: input.finerSources, counts: counts, scale: scale)
        let twoWay = TwoWayDecomposition(sources: input.sources, means: sources.means, groups: input.groups,
                                         counts: counts, scale: scale)

        let result = YearDecomposition(
            count: totals.count,
            mean: mean,
            gini: gini,
            groupSizes: groups.sizes,
            groupMeans: groups.means,
            sourceMeans: sources.means,
            within: dagum.within,
            between: dagum.between,
            withinTotal: CompensatedSum.total(of: dagum.within),
            betweenTotal: CompensatedSum.total(of: dagum.between),
            groupGini: dagum.groupGini,
            pairGini: dagum.pairGini,
            affluence: dagum.affluence,
            netBetween: dagum.netBetween,
            transvariation: dagum.transvariation,
            sources: sources.terms,
            finerSources: finerSources.terms,
            twoWayWithin: twoWay.within,
            twoWayBetween: twoWay.between,
            negativeValueCount: totals.lazy.filter { $0 < 0 }.count
        )
        let signedRanks = counts.overall
        counts.recycle(into: workspace)
        try DecompositionIdentities.verify(result)
        return Ranked(decomposition: result, signedRanks: signedRanks,
                      period: PanelSourceTerms.Period(unitCount: totals.count, mean: mean, hasSpread: hasSpread))
    }

    /// `decomposition` with its finer source terms set to `terms` (one per finer source,
    /// computed elsewhere, e.g. by ``PanelSourceTerms``), after checking that they add up
    /// to G like every other family of terms. Throws `.identityViolated` otherwise.
    public static func settingFinerSources(_ terms: [Double], of decomposition: YearDecomposition)
        throws(InequalityError) -> YearDecomposition
    {
        var result = decomposition
        result.finerSources = terms
        try DecompositionIdentities.verify(result)
        return result
    }
}
