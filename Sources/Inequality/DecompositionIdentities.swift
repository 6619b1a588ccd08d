/// The identities that tie a year's terms together, checked at run time on every result.
///
/// Each term of ``YearDecomposition`` comes from its own formula; none is a residual, so
/// these checks can fail, and a failure means a bug or parts that do not add up to their
/// totals. Checked, each to `max(1e-10 |G|, 1e-14)`:
///
/// 1. sum_j Gw_j + sum_{j<h} Gb_jh = G                 (Dagum 1997)
/// 2. Gw + Gnb + Gt = G                                 (Dagum 1997)
/// 3. Gnb = sum_{j<h} p_j p_h |mu_j - mu_h| / mu        (METHOD.md section 7)
/// 4. sum_m G^m = G, and sum_f G^f = G for the finer sources (when there are any)
/// 5. sum_m Gw_j^m = Gw_j, sum_m Gb_jh^m = Gb_jh, and
///    sum_j Gw_j^m + sum_{j<h} Gb_jh^m = G^m            (Mussard's two-way margins)
///
/// The absolute floor covers G = 0 (where every term is exactly 0) and parts that add up
/// to their totals only to the last bit. Non-finite values never pass.
/// Complexity: O(k^2 M).
enum DecompositionIdentities {
    static let relativeTolerance = 1e-10
    static let absoluteFloor = 1e-14

    static func verify(_ result: YearDecomposition) throws(InequalityError) {
        let tolerance = max(relativeTolerance * abs(result.gini), absoluteFloor)
        func check(_ identity: @autoclosure () -> String, _ left: Double, _ right: Double) throws(InequalityError) {
            // Written so that NaN fails.
            guard abs(left - right) <= tolerance else {
                throw .identityViolated(identity: identity(), left: left, right: right)
            }
        }
        let gini = result.gini
        let groupCount = result.within.count
        let pairs = GroupPairs.pairs(groupCount: groupCount)

        try check("sum of group terms = G", sum(result.within + result.between), gini)
        try check("Gw + Gnb + Gt = G", sum([result.withinTotal, result.netBetween, result.transvariation]), gini)

        let unitCount = Double(result.count)
        let meanGaps: [Double] = pairs.map { first, second in
            guard let firstMean = result.groupMeans[first], let secondMean = result.groupMeans[second],
                  result.mean != 0 else { return 0 }
            let shares = Double(result.groupSizes[first]) / unitCount * Double(result.groupSizes[second]) / unitCount
            return shares * abs(firstMean - secondMean) / result.mean
        }
        try check("Gnb = sum p_j p_h |mu_j - mu_h| / mu", result.netBetween, sum(meanGaps))

        if !result.sources.isEmpty {
            try check("sum of source terms = G", sum(result.sources), gini)
        }
        if !result.finerSources.isEmpty {
            try check("sum of finer source terms = G", sum(result.finerSources), gini)
        }

        for source in result.sources.indices {
            let column = result.twoWayWithin.map { $0[source] } + result.twoWayBetween.map { $0[source] }
            try check("two-way column of source \(source) = G^m", sum(column), result.sources[source])
        }
        if !result.sources.isEmpty {
            for group in 0..<groupCount {
                try check("two-way row of group \(group) = Gw_j", sum(result.twoWayWithin[group]), result.within[group])
            }
            for (pair, (first, second)) in pairs.enumerated() {
                try check("two-way row of pair \(first)|\(second) = Gb_jh",
                          sum(result.twoWayBetween[pair]), result.between[pair])
            }
        }
    }

    private static func sum(_ terms: [Double]) -> Double {
        CompensatedSum.total(of: terms)
    }
}
