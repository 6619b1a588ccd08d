/// The Gini coefficient of a list of values.
///
/// Definition (METHOD.md section 6): for n values y_i with mean mu,
///
///     G = sum_i sum_r |y_i - y_r| / (2 n^2 mu)
///
/// computed in the fast form over the values sorted ascending, y_(1) <= ... <= y_(n):
///
///     G = sum_r (2r - n - 1) y_(r) / (n^2 mu),   r = 1...n.
///
/// Ties need no rule here: the weights (2r - n - 1) of a run of equal values add up to
/// the same number in any order within the run.
///
/// The group, source and two-way decompositions are in ``InequalityDecomposition``.
public enum Gini {
    /// The Gini coefficient of `values`.
    ///
    /// - Formula: `sum_r (2r - n - 1) y_(r) / (n^2 mu)` over the values sorted ascending
    ///   (METHOD.md section 6: the pairwise definition, rearranged). Because
    ///   `sum_r (2r - n - 1) = 0`, the values are centred on their mean before the
    ///   products are taken, and the sum is compensated (Neumaier), so values that differ
    ///   only in their last digits still give an accurate coefficient.
    /// - Conventions: empty input, a single value and all-equal values (including all
    ///   zero) give 0. Negative values are allowed; a negative mean gives the formula's
    ///   (negative) value. A mean of exactly 0 with values that differ has no
    ///   coefficient: the result is NaN. Callers that must never produce NaN use
    ///   ``InequalityDecomposition/decompose(_:)``, which throws instead.
    /// - Non-finite input (NaN or an infinity anywhere) gives NaN.
    /// - Complexity: O(n log n) time for the sort, O(n) extra memory.
    public static func coefficient(of values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        guard values.allSatisfy(\.isFinite) else { return .nan }
        let sorted = values.sorted()
        if sorted[0] == sorted[sorted.count - 1] { return 0 }
        let count = Double(sorted.count)
        let mean = CompensatedSum.total(of: sorted) / count
        guard mean != 0 else { return .nan }
        return fastFormNumerator(ascending: sorted, shift: mean) / (count * count * mean)
    }

    /// `sum_r (2r - n - 1) (y_(r) - shift)` over values already sorted ascending, with
    /// Neumaier compensation. Any shift leaves the exact sum unchanged (the weights add
    /// to 0); the mean removes the values' common part before the products are rounded.
    /// O(n).
    static func fastFormNumerator<C: Collection>(ascending values: C, shift: Double) -> Double
    where C.Element == Double {
        var numerator = CompensatedSum()
        var weight = 1 - values.count          // 2r - n - 1 for r = 1
        for value in values {
            numerator.add(Double(weight) * (value - shift))
            weight += 2
        }
        return numerator.value
    }
}
