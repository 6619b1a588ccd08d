/// Why a year's values cannot be decomposed.
///
/// The module knows nothing of years or units' names: the caller adds them (e.g.
/// "year 2015: ...") when it reports the error.
public enum InequalityError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No units: the Gini coefficient of an empty set is undefined.
    case empty
    /// The arrays do not describe one set of units: `groups` or a source array has a
    /// length other than the number of totals, `groupCount` is below 1, a group index
    /// lies outside `0..<groupCount`, or there are more than `Int32.max` units.
    case shapeMismatch
    /// The unit at this position (0-based) has a NaN or infinite total or part.
    case nonFinite(index: Int)
    /// The mean of the totals is negative, so the Gini coefficient is meaningless.
    case negativeMean(Double)
    /// The mean of the totals is exactly 0 while the totals differ, so
    /// G = sum |y_i - y_r| / (2 n^2 mu) divides a positive number by 0.
    case zeroMeanWithSpread
    /// The value at this position (0-based) is negative, and the measure takes its
    /// logarithm (Theil's T is defined for values >= 0 only).
    case negativeValue(index: Int, value: Double)
    /// A decomposition identity (e.g. "Gw + Gnb + Gt = G") did not hold to 1e-10
    /// relative to G: a bug, or parts that do not add up to their totals.
    case identityViolated(identity: String, left: Double, right: Double)

    public var description: String {
        switch self {
        case .empty:
            return "no units to decompose: the Gini coefficient of an empty set is undefined"
        case .shapeMismatch:
            return "the input arrays do not match: groups and every source need one entry per total, "
                + "and every group index must lie in 0..<groupCount (groupCount >= 1)"
        case .nonFinite(let index):
            return "unit \(index) (0-based) has a non-finite total or part (NaN or infinity)"
        case .negativeMean(let mean):
            return "the mean of the totals is negative (\(mean)); the Gini coefficient needs a mean >= 0"
        case .zeroMeanWithSpread:
            return "the mean of the totals is 0 but the totals differ; the Gini coefficient is undefined"
        case .negativeValue(let index, let value):
            return "value \(index) (0-based) is negative (\(value)); Theil's T takes the logarithm of each value "
                + "over the mean and is defined for values >= 0 only"
        case .identityViolated(let identity, let left, let right):
            return "decomposition identity \(identity) does not hold: \(left) vs \(right) "
                + "(difference \(left - right)); check that each unit's parts add up to its total"
        }
    }
}
