/// The common denominator n^2 mu of every G-scaled term (METHOD.md sections 6-9).
///
/// A term is its numerator (a sum of absolute or source differences over unordered
/// pairs) divided by n^2 mu. Convention (section 6): when all totals are equal every
/// numerator is exactly 0 (all units are tied) and every term is 0, also when mu = 0,
/// so no 0/0 arises.
struct TermScale {
    private let denominator: Double
    private let hasSpread: Bool

    /// - Parameters: unitCount n, mean mu (>= 0; > 0 when `hasSpread`), and whether
    ///   the totals differ at all.
    init(unitCount: Int, mean: Double, hasSpread: Bool) {
        let count = Double(unitCount)
        denominator = count * count * mean
        self.hasSpread = hasSpread
    }

    /// numerator / (n^2 mu), or 0 without spread. O(1).
    func callAsFunction(_ numerator: Double) -> Double {
        hasSpread ? numerator / denominator : 0
    }
}
