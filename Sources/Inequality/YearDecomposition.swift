/// The Gini coefficient of one year and all its decompositions (METHOD.md sections 6-9).
///
/// Groups are indexed 0..<k as in the input; pairs follow ``GroupPairs/pairs(groupCount:)``;
/// sources follow the input's source order. Every term is computed from its own formula
/// and the identities between them are checked before this value is returned (see
/// ``InequalityDecomposition/decompose(_:)``).
///
/// When all totals are equal, G and every term are 0 (D_jh too), and group means are
/// still reported. No field is ever NaN or infinite; undefined values are nil.
public struct YearDecomposition: Sendable, Equatable {
    /// n, the number of units.
    public var count: Int
    /// mu, the mean of the totals.
    public var mean: Double
    /// G = sum_i sum_r |y_i - y_r| / (2 n^2 mu).
    public var gini: Double
    /// n_j, the number of units of each group (0 for a group with no unit this year).
    public var groupSizes: [Int]
    /// mu_j, the mean total of each group; nil for a group with no unit.
    public var groupMeans: [Double?]
    /// The mean of each source's parts (the yearly dimension means).
    public var sourceMeans: [Double]

    /// Gw_j = sum_{i,r in j} |y_i - y_r| / (2 n^2 mu), per group (0 for an empty group).
    public var within: [Double]
    /// Gb_jh = 2 sum_{i in j, r in h} |y_i - y_r| / (2 n^2 mu), per pair in
    /// ``GroupPairs`` order (0 when either group is empty).
    public var between: [Double]
    /// Gw = sum_j Gw_j.
    public var withinTotal: Double
    /// Gb = sum_{j<h} Gb_jh.
    public var betweenTotal: Double
    /// Dagum's group Gini G_jj = sum_{i,r in j} |y_i - y_r| / (2 n_j^2 mu_j); 0 for a
    /// group of one unit or of equal totals; nil for an empty group, or for a group whose
    /// mean is 0 while its totals differ.
    public var groupGini: [Double?]
    /// Dagum's pair Gini G_jh = sum_{i in j, r in h} |y_i - y_r| / (n_j n_h (mu_j + mu_h));
    /// 0 when all totals of both groups are equal; nil when either group is empty, or
    /// when mu_j + mu_h = 0 while the totals differ.
    public var pairGini: [Double?]
    /// Relative economic affluence D_jh = |mu_j - mu_h| / Delta_jh, with Delta_jh the mean
    /// |y_i - y_r| over i in j, r in h (the pair oriented so that the richer group comes
    /// first, so D_jh >= 0); 0 when Delta_jh = 0; nil when either group is empty.
    public var affluence: [Double?]
    /// Gnb = sum_{j<h} Gb_jh D_jh, the net between-group term.
    public var netBetween: Double
    /// Gt = sum_{j<h} Gb_jh (1 - D_jh), the transvariation term.
    public var transvariation: Double

    /// G^m = sum_i sum_r (y_i^m + y_r^m - 2 y_{ir*}^m) / (2 n^2 mu), per source (may be
    /// negative); empty when the input had no sources.
    public var sources: [Double]
    /// The same for the finer sources; empty when the input had none.
    public var finerSources: [Double]
    /// Gw_j^m, `[group][source]`: section 8 applied to the pairs inside group j.
    public var twoWayWithin: [[Double]]
    /// Gb_jh^m, `[pair][source]`: section 8 applied to the pairs across groups j and h.
    public var twoWayBetween: [[Double]]

    /// The number of units whose total is negative: allowed, but to be reported.
    public var negativeValueCount: Int

    /// `term / G * 100`, the share of G in percent (METHOD.md section 7); nil when
    /// G = 0, where no share is defined (never NaN).
    public func contributionRate(_ term: Double) -> Double? {
        guard gini != 0 else { return nil }
        return term / gini * 100
    }
}
