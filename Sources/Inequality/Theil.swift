import Foundation

/// Theil's T index and its exact decomposition into a within-group and a between-group
/// term: the robustness check usually reported next to Dagum's Gini decomposition.
///
/// Definition (H. Theil, *Economics and Information Theory*, North-Holland 1967, ch. 4;
/// decomposition: A. F. Shorrocks, "The class of additively decomposable inequality
/// measures", Econometrica 48 (1980) 613-625). For n values y_i >= 0 with mean mu > 0,
/// k groups with n_j units, mean mu_j and income share s_j = n_j mu_j / (n mu):
///
///     T       = (1/n) sum_i (y_i / mu) ln(y_i / mu)
///     T_j     = (1/n_j) sum_{i in j} (y_i / mu_j) ln(y_i / mu_j)      (group j's own index)
///     within  = sum_j s_j T_j
///     between = sum_j s_j ln(mu_j / mu)
///     T = within + between                                          (checked at run time)
///
/// Unlike the Gini, the within term is a weighted sum of the groups' own indices with
/// weights s_j (income shares, which add up to 1), and the between term is the Theil
/// index of the distribution in which every unit holds its group's mean: it has no
/// overlap (transvariation) part.
///
/// Computation: each sum is taken in the form sum_i phi(y_i / m) with
/// phi(r) = r ln r - r + 1 >= 0 (m the mean of the values summed, so the added
/// sum_i (r_i - 1) is 0), written phi = (1 + d) ln(1 + d) - d with d = (y - m) / m,
/// evaluated with `log1p`: every term is non-negative, so the compensated sum does not
/// cancel. The between term is likewise sum_j (n_j / n) phi(mu_j / mu), the same number
/// as sum_j s_j ln(mu_j / mu) because sum_j (n_j / n)(mu_j / mu - 1) = 0, with
/// mu_j - mu taken from the group's deviation sum (``GroupStatistics``) so that close
/// group means keep their digits.
///
/// Conventions:
/// - Zeros are allowed: r ln r -> 0 as r -> 0, so a zero value contributes
///   phi(0) = 1 (that is, 0 ln 0 = 0). Hence, for one value v > 0 among n - 1 zeros,
///   T = ln n, the largest value T can take.
/// - All values equal (including all zero): T = 0 and every term is 0, exactly; the
///   income shares are then the population shares n_j / n (the limit as the values
///   become equal, and the only choice when mu = 0).
/// - A group with no unit: T_j is nil and s_j = 0. A group whose values are all 0 while
///   the mean is positive: T_j = 0, s_j = 0, and its between term s_j ln(mu_j / mu) is
///   0 (the limit s ln s -> 0).
/// - Negative values have no logarithm: the decomposition throws `.negativeValue`
///   naming the first one (Theil's T is defined for non-negative values only; use the
///   Gini for data that may be negative).
///
/// Complexity: O(n + k) time (two passes), O(k) extra memory.
public enum Theil {
    /// Theil's T index of `values`: `(1/n) sum_i (y_i / mu) ln(y_i / mu)`.
    ///
    /// - Conventions: as ``decompose(_:groups:groupCount:)`` (zeros allowed with
    ///   0 ln 0 = 0; all equal values give 0).
    /// - Throws: `.empty` for no values, `.nonFinite(index:)` for a NaN or infinity,
    ///   `.negativeValue(index:value:)` for the first negative value.
    /// - Complexity: O(n).
    public static func index(of values: [Double]) throws(InequalityError) -> Double {
        try decompose(values, groups: [Int32](repeating: 0, count: values.count), groupCount: 1).total
    }

    /// Theil's T of `values` with its within-group and between-group terms.
    ///
    /// - Parameters:
    ///   - values: y_i, finite and >= 0.
    ///   - groups: the group of each value, in `0..<groupCount`.
    ///   - groupCount: k >= 1 (groups may be empty).
    /// - Throws: `.empty`, `.shapeMismatch`, `.nonFinite(index:)`,
    ///   `.negativeValue(index:value:)`, in that order of precedence; and
    ///   `.identityViolated` if within + between differs from T by more than
    ///   max(1e-10 T, 1e-14) (a bug: the three are computed from their own formulas).
    public static func decompose(_ values: [Double], groups: [Int32], groupCount: Int)
        throws(InequalityError) -> TheilDecomposition
    {
        let count = values.count
        guard count > 0 else { throw .empty }
        guard groupCount >= 1, groups.count == count, groups.allSatisfy({ $0 >= 0 && Int($0) < groupCount })
        else { throw .shapeMismatch }
        if let index = values.firstIndex(where: { !$0.isFinite }) { throw .nonFinite(index: index) }
        if let index = values.firstIndex(where: { $0 < 0 }) { throw .negativeValue(index: index, value: values[index]) }

        let n = Double(count)
        let mean = CompensatedSum.total(of: values) / n
        let statistics = GroupStatistics(totals: values, groups: groups, groupCount: groupCount, mean: mean)
        let sizes = statistics.sizes
        let populationShares = sizes.map { Double($0) / n }

        // No spread (including all zero): every term is 0 exactly.
        guard values.contains(where: { $0 != values[0] }) else {
            return TheilDecomposition(
                count: count, mean: mean, total: 0, within: 0, between: 0, groupSizes: sizes,
                groupMeans: statistics.means, groupShares: populationShares,
                groupTheil: sizes.map { $0 > 0 ? 0 : nil })
        }

        // T over all units, about mu.
        var overall = CompensatedSum()
        for value in values { overall.add(phi(value, mean: mean)) }
        let total = overall.value / n

        // T_j over each group's units, about mu_j.
        var groupSums = [CompensatedSum](repeating: CompensatedSum(), count: groupCount)
        var groupHasSpread = [Bool](repeating: false, count: groupCount)
        var firstOfGroup = [Double?](repeating: nil, count: groupCount)
        for (value, group) in zip(values, groups) {
            let group = Int(group)
            if let first = firstOfGroup[group] {
                if value != first { groupHasSpread[group] = true }
            } else {
                firstOfGroup[group] = value
            }
        }
        for (value, group) in zip(values, groups) {
            let group = Int(group)
            guard groupHasSpread[group], let groupMean = statistics.means[group] else { continue }
            groupSums[group].add(phi(value, mean: groupMean))
        }
        let groupTheil: [Double?] = (0..<groupCount).map { group in
            guard sizes[group] > 0 else { return nil }
            return groupHasSpread[group] ? groupSums[group].value / Double(sizes[group]) : 0
        }

        // s_j = n_j mu_j / (n mu).
        let shares: [Double] = (0..<groupCount).map { group in
            guard let groupMean = statistics.means[group] else { return 0 }
            return Double(sizes[group]) * groupMean / (n * mean)
        }

        // within = sum_j s_j T_j.
        var within = CompensatedSum()
        for group in 0..<groupCount { within.add(shares[group] * (groupTheil[group] ?? 0)) }

        // between = sum_j s_j ln(mu_j / mu) = sum_j (n_j / n) phi(mu_j / mu).
        var between = CompensatedSum()
        for group in 0..<groupCount where sizes[group] > 0 {
            let relativeGap = statistics.deviationSums[group] / Double(sizes[group]) / mean
            between.add(populationShares[group] * phi(relativeGap: relativeGap))
        }

        let result = TheilDecomposition(
            count: count, mean: mean, total: total, within: within.value, between: between.value,
            groupSizes: sizes, groupMeans: statistics.means, groupShares: shares, groupTheil: groupTheil)
        let tolerance = max(1e-10 * abs(total), 1e-14)
        let sum = result.within + result.between
        guard abs(sum - total) <= tolerance else {
            throw .identityViolated(identity: "Theil within + between = T", left: sum, right: total)
        }
        return result
    }

    /// phi(y / m) = (y/m) ln(y/m) - y/m + 1 for m > 0, with phi = 1 at y = 0 (0 ln 0 = 0).
    /// O(1).
    static func phi(_ value: Double, mean: Double) -> Double {
        value == 0 ? 1 : phi(relativeGap: (value - mean) / mean)
    }

    /// phi(1 + d) = (1 + d) ln(1 + d) - d, for d >= -1 (phi(0) = 1 at d = -1). O(1).
    static func phi(relativeGap d: Double) -> Double {
        guard d > -1 else { return 1 }
        return max(0, (1 + d) * log1p(d) - d)
    }
}

/// Theil's T of one year with its decomposition by group (see ``Theil``). Never NaN:
/// undefined values are nil.
public struct TheilDecomposition: Sendable, Equatable {
    /// n, the number of units.
    public var count: Int
    /// mu, the mean of the values.
    public var mean: Double
    /// T = (1/n) sum_i (y_i / mu) ln(y_i / mu).
    public var total: Double
    /// sum_j s_j T_j.
    public var within: Double
    /// sum_j s_j ln(mu_j / mu).
    public var between: Double
    /// n_j, per group.
    public var groupSizes: [Int]
    /// mu_j, per group; nil for a group with no unit.
    public var groupMeans: [Double?]
    /// s_j = n_j mu_j / (n mu), the group's share of the total (0 for an empty group;
    /// n_j / n when all values are equal).
    public var groupShares: [Double]
    /// T_j, each group's own Theil index; nil for a group with no unit.
    public var groupTheil: [Double?]

    public init(count: Int, mean: Double, total: Double, within: Double, between: Double, groupSizes: [Int],
                groupMeans: [Double?], groupShares: [Double], groupTheil: [Double?]) {
        self.count = count
        self.mean = mean
        self.total = total
        self.within = within
        self.between = between
        self.groupSizes = groupSizes
        self.groupMeans = groupMeans
        self.groupShares = groupShares
        self.groupTheil = groupTheil
    }

    /// s_j T_j, group j's part of the within term (0 for an empty group).
    public var withinTerms: [Double] {
        zip(groupShares, groupTheil).map { $0 * ($1 ?? 0) }
    }

    /// `term / T * 100`, in percent (as the Gini contribution rates); nil when T = 0.
    public func share(_ term: Double) -> Double? {
        guard total != 0 else { return nil }
        return term / total * 100
    }

    /// The between term's share of T, in percent; nil when T = 0.
    public var betweenShare: Double? { share(between) }
    /// The within term's share of T, in percent; nil when T = 0.
    public var withinShare: Double? { share(within) }
}
