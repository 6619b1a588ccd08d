/// One-way source terms G^f (METHOD.md section 8) of many part columns over many
/// periods at once, for parts stored row by row in long columns: the indicator-level
/// sources of a panel whose rows are units x years, without gathering one array per
/// period and part.
///
/// For period t with n_t rows, mean total mu_t, and part f of row i equal to
/// `factors[t][f] * columns[f][i]`:
///
///     G^f_t = sum_{i in t} (x_if - m_ft) (L_i - H_i) / (n_t^2 mu_t),   m_ft = mean of x_if over t,
///
/// with L_i - H_i the row's signed rank count within its period
/// (``InequalityDecomposition/decomposeWithSignedRanks(_:)``). Centring on m_ft leaves
/// the term unchanged (sum_i (L_i - H_i) = 0) and is done as in the per-period
/// decomposition, with the same compensated sums over the rows in the same (ascending)
/// order, so the terms are the same to the last bit as those of
/// ``InequalityDecomposition/decompose(_:)`` given the gathered part arrays. A period
/// whose totals are all equal has every term 0.
///
/// Complexity: two sequential passes over each column, O(rows x columns) time and
/// O(periods) memory besides the inputs.
public enum PanelSourceTerms {
    /// What the terms of one period need from its decomposition.
    public struct Period: Sendable {
        public var unitCount: Int
        public var mean: Double
        public var hasSpread: Bool

        public init(unitCount: Int, mean: Double, hasSpread: Bool) {
            self.unitCount = unitCount
            self.mean = mean
            self.hasSpread = hasSpread
        }
    }

    /// - Parameters:
    ///   - columns: `columns[f][row]`, every column as long as `period`.
    ///   - factors: `factors[t][f]`, the multiplier of column f in period t.
    ///   - period: the period of each row, in `0..<periods.count`.
    ///   - signedRanks: L_i - H_i of each row within its period.
    /// - Returns: `terms[t][f]`.
    public static func terms(columns: [[Double]], factors: [[Double]], period: [Int32], signedRanks: [Int32],
                             periods: [Period]) -> [[Double]] {
        let periodCount = periods.count
        var terms = [[Double]](repeating: [Double](repeating: 0, count: columns.count), count: periodCount)
        guard !columns.isEmpty, periodCount > 0 else { return terms }
        let scales = periods.map { TermScale(unitCount: $0.unitCount, mean: $0.mean, hasSpread: $0.hasSpread) }
        for (f, column) in columns.enumerated() {
            let factor = factors.map { $0[f] }
            var sums = [CompensatedSum](repeating: CompensatedSum(), count: periodCount)
            var numerators = [CompensatedSum](repeating: CompensatedSum(), count: periodCount)
            column.withUnsafeBufferPointer { column in
            period.withUnsafeBufferPointer { period in
            signedRanks.withUnsafeBufferPointer { ranks in
            factor.withUnsafeBufferPointer { factor in
            sums.withUnsafeMutableBufferPointer { sums in
            numerators.withUnsafeMutableBufferPointer { numerators in
                for row in 0..<column.count {
                    let t = Int(period[row])
                    sums[t].add(factor[t] * column[row])
                }
                var means = [Double](repeating: 0, count: periodCount)
                for t in 0..<periodCount where periods[t].unitCount > 0 {
                    means[t] = sums[t].value / Double(periods[t].unitCount)
                }
                for row in 0..<column.count {
                    let t = Int(period[row])
                    numerators[t].add((factor[t] * column[row] - means[t]) * Double(ranks[row]))
                }
            }}}}}}
            for t in 0..<periodCount { terms[t][f] = scales[t](numerators[t].value) }
        }
        return terms
    }
}
