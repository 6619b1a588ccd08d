/// The decomposition of G by source (METHOD.md section 8; R. I. Lerman and
/// S. Yitzhaki, "Income inequality effects by income source", Review of Economics and
/// Statistics 67 (1985) 151-156).
///
///     G^m = sum_i sum_r (y_i^m + y_r^m - 2 y_{ir*}^m) / (2 n^2 mu)
///         = sum_i y_i^m (L_i - H_i) / (n^2 mu)
///
/// with y_{ir*}^m the part of the unit with the smaller total, L_i (H_i) the number of
/// units with a strictly smaller (larger) total. A tied pair is in neither count, which
/// is the midpoint rule for ties. G^m can be negative; sum_m G^m = G when the parts add
/// up to the totals. Complexity: O(n) per source after the one sort.
enum SourceDecomposition {
    /// G^m for each part array, and the mean of each (the parts are centred on it, which
    /// leaves G^m unchanged since sum_i (L_i - H_i) = 0).
    static func terms(of sources: [[Double]], counts: SignedRankCounts, scale: TermScale)
        -> (terms: [Double], means: [Double])
    {
        let unitCount = Double(counts.overall.count)
        let means = sources.map { CompensatedSum.total(of: $0) / unitCount }
        let terms = zip(sources, means).map { parts, partMean in
            scale(RankWeightedSums.overall(of: parts, shift: partMean, counts: counts))
        }
        return (terms, means)
    }
}
