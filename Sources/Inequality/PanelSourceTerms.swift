/// One-way source terms G^f (METHOD.md section 8) of many part columns over many
/// periods at once, for parts stored row by row in long columns: the indicator-level
/// sources of a panel whose rows are units x years, without gathering one array per
/// period and part.
///
/// For period t with n_t rows, mean total mu_t, and part f of row i equal to
/// `factors[t][f] * columns[f][i]`:
///
///     G^f_t = factors[t][f] x sum_{i in t} (columns[f][i] - s_ft) (L_i - H_i) / (n_t^2 mu_t),
///
/// with L_i - H_i the row's signed rank count within its period
/// (``InequalityDecomposition/decomposeWithSignedRanks(_:)``): section 8's
/// sum_i y_i^f (L_i - H_i) / (n^2 mu) with the period's constant factor taken out of the
/// sum. Any shift s_ft changes nothing exactly (sum_i (L_i - H_i) = 0); the per-period
/// decomposition shifts by the parts' mean, which takes a pass of its own, so here s_ft
/// is the column's value in the period's first row: the products stay at the scale of
/// the column's spread within the period, as with the mean, and one pass suffices. The
/// sums are compensated (Neumaier); the terms differ from the per-period ones only by
/// the rounding of the products (tested to 1e-14 x G). A period whose totals are all
/// equal has every term 0.
///
/// Complexity: one sequential pass over the columns (in blocks of rows, all columns per
/// block), O(rows x columns) time and O(periods x columns) memory besides the inputs.
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
        let columnCount = columns.count
        guard columnCount > 0, periodCount > 0 else {
            return [[Double]](repeating: [Double](repeating: 0, count: columnCount), count: periodCount)
        }
        precondition(columns.allSatisfy { $0.count == period.count } && signedRanks.count == period.count,
                     "every column and the signed ranks have one value per row")
        let rowCount = period.count
        // s_ft, indexed [t * columnCount + f]: the value in the period's first row.
        var shifts = [Double](repeating: 0, count: periodCount * columnCount)
        var periodSeen = [Bool](repeating: false, count: periodCount)
        var periodsSeen = 0
        for row in 0..<rowCount where periodsSeen < periodCount && !periodSeen[Int(period[row])] {
            let t = Int(period[row])
            periodSeen[t] = true
            periodsSeen += 1
            for f in 0..<columnCount { shifts[t * columnCount + f] = columns[f][row] }
        }
        // sum_{i in t} (columns[f][i] - s_ft) (L_i - H_i), indexed [t * columnCount + f].
        var sums = [CompensatedSum](repeating: CompensatedSum(), count: periodCount * columnCount)
        // Rows in blocks, every column over a block before the next block, so that each
        // column is read once and the block's periods and ranks stay in cache; each
        // (period, column) sum adds its rows in ascending order, so the run is the same
        // whatever the block size.
        let blockSize = 4096
        period.withUnsafeBufferPointer { period in
        signedRanks.withUnsafeBufferPointer { ranks in
        shifts.withUnsafeBufferPointer { shifts in
        sums.withUnsafeMutableBufferPointer { sums in
            for blockStart in stride(from: 0, to: rowCount, by: blockSize) {
                let block = blockStart..<min(blockStart + blockSize, rowCount)
                for f in 0..<columnCount {
                    columns[f].withUnsafeBufferPointer { column in
                        for row in block {
                            let cell = Int(period[row]) * columnCount + f
                            sums[cell].add((column[row] - shifts[cell]) * Double(ranks[row]))
                        }
                    }
                }
            }
        }}}}
        return (0..<periodCount).map { t in
            let scale = TermScale(unitCount: periods[t].unitCount, mean: periods[t].mean, hasSpread: periods[t].hasSpread)
            return (0..<columnCount).map { f in scale(factors[t][f] * sums[t * columnCount + f].value) }
        }
    }
}
