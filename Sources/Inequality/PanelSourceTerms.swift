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
/// Complexity: two sequential passes over the columns (in blocks of rows, all columns
/// per block), O(rows x columns) time and O(periods x columns) memory besides the inputs.
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
        precondition(columns.allSatisfy { $0.count == period.count } && signedRanks.count == period.count,
                     "every column and the signed ranks have one value per row")
        let scales = periods.map { TermScale(unitCount: $0.unitCount, mean: $0.mean, hasSpread: $0.hasSpread) }
        let columnCount = columns.count
        // Indexed [t * columnCount + f].
        var factor = [Double](repeating: 0, count: periodCount * columnCount)
        for t in 0..<periodCount {
            for f in 0..<columnCount { factor[t * columnCount + f] = factors[t][f] }
        }
        var sums = [CompensatedSum](repeating: CompensatedSum(), count: periodCount * columnCount)
        var numerators = sums
        var means = [Double](repeating: 0, count: periodCount * columnCount)
        let rowCount = period.count
        // Rows in blocks, every column over a block before the next block, so that each
        // column is read once per pass and the block's periods and ranks stay in cache;
        // each (period, column) sum still adds its rows in ascending order.
        let blockSize = 4096
        factor.withUnsafeBufferPointer { factor in
        period.withUnsafeBufferPointer { period in
        signedRanks.withUnsafeBufferPointer { ranks in
        sums.withUnsafeMutableBufferPointer { sums in
        numerators.withUnsafeMutableBufferPointer { numerators in
        means.withUnsafeMutableBufferPointer { means in
            for blockStart in stride(from: 0, to: rowCount, by: blockSize) {
                let block = blockStart..<min(blockStart + blockSize, rowCount)
                for f in 0..<columnCount {
                    columns[f].withUnsafeBufferPointer { column in
                        for row in block {
                            let cell = Int(period[row]) * columnCount + f
                            sums[cell].add(factor[cell] * column[row])
                        }
                    }
                }
            }
            for t in 0..<periodCount where periods[t].unitCount > 0 {
                for f in 0..<columnCount {
                    means[t * columnCount + f] = sums[t * columnCount + f].value / Double(periods[t].unitCount)
                }
            }
            for blockStart in stride(from: 0, to: rowCount, by: blockSize) {
                let block = blockStart..<min(blockStart + blockSize, rowCount)
                for f in 0..<columnCount {
                    columns[f].withUnsafeBufferPointer { column in
                        for row in block {
                            let cell = Int(period[row]) * columnCount + f
                            numerators[cell].add((factor[cell] * column[row] - means[cell]) * Double(ranks[row]))
                        }
                    }
                }
            }
        }}}}}}
        for t in 0..<periodCount {
            for f in 0..<columnCount { terms[t][f] = scales[t](numerators[t * columnCount + f].value) }
        }
        return terms
    }
}
