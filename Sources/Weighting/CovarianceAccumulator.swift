/// Means and the co-moment matrix `C_jk = sum_i (x_ij - mean_j)(x_ik - mean_k)` of m
/// columns, in one pass over the rows.
///
/// Rows are taken in blocks of ``blockSize``: each block is centred on its own means
/// (two passes inside the block, which sits in cache), and blocks are merged with the
/// pairwise update of Chan, Golub and LeVeque (1979):
/// `C = C_a + C_b + d_j d_k n_a n_b / n`, `d = mean_b - mean_a`.
/// This is as accurate as the two-pass algorithm and reads the data once.
/// Complexity O(N m^2) time, O(m^2 + m * blockSize) memory; never N x N.
public struct CovarianceAccumulator: Sendable {
    public static let blockSize = 1024

    public private(set) var count = 0
    public private(set) var means: [Double]
    /// Row-major m x m co-moments (sums of products of deviations; divide by N for the
    /// population covariance).
    public private(set) var comoments: [Double]
    public let columnCount: Int

    public init(columnCount: Int) {
        self.columnCount = columnCount
        means = Array(repeating: 0, count: columnCount)
        comoments = Array(repeating: 0, count: columnCount * columnCount)
    }

    /// Accumulates all rows of `columns` (each column the same length).
    public static func accumulate(_ columns: [[Double]]) -> CovarianceAccumulator {
        var accumulator = CovarianceAccumulator(columnCount: columns.count)
        let rows = columns.first?.count ?? 0
        var start = 0
        while start < rows {
            let end = Swift.min(start + blockSize, rows)
            accumulator.add(columns, rows: start..<end)
            start = end
        }
        return accumulator
    }

    /// Adds the rows `rows` of `columns` as one block.
    public mutating func add(_ columns: [[Double]], rows: Range<Int>) {
        let m = columnCount, nb = rows.count
        guard nb > 0 else { return }
        var blockMeans = [Double](repeating: 0, count: m)
        var centred = [Double](repeating: 0, count: m * nb)
        for j in 0..<m {
            columns[j].withUnsafeBufferPointer { column in
                var sum = 0.0
                for i in rows { sum += column[i] }
                let mean = sum / Double(nb)
                blockMeans[j] = mean
                for (offset, i) in rows.enumerated() { centred[j * nb + offset] = column[i] - mean }
            }
        }
        let na = count, n = na + nb
        let factor = Double(na) * Double(nb) / Double(n)
        centred.withUnsafeBufferPointer { deviations in
            for j in 0..<m {
                for k in j..<m {
                    var sum = 0.0
                    for offset in 0..<nb { sum += deviations[j * nb + offset] * deviations[k * nb + offset] }
                    let delta = (blockMeans[j] - means[j]) * (blockMeans[k] - means[k])
                    let merged = comoments[j * m + k] + sum + delta * factor
                    comoments[j * m + k] = merged
                    comoments[k * m + j] = merged
                }
            }
        }
        for j in 0..<m { means[j] += (blockMeans[j] - means[j]) * Double(nb) / Double(n) }
        count = n
    }

    /// Population standard deviation of column j: `sqrt(C_jj / N)`.
    public func populationStandardDeviation(_ j: Int) -> Double {
        count == 0 ? 0 : (Swift.max(comoments[j * columnCount + j], 0) / Double(count)).squareRoot()
    }

    /// Pearson correlation of columns j and k, `C_jk / sqrt(C_jj C_kk)`; 1 on the diagonal;
    /// 0 when either column is constant.
    public func correlation(_ j: Int, _ k: Int) -> Double {
        if j == k { return 1 }
        let denominator = (comoments[j * columnCount + j] * comoments[k * columnCount + k]).squareRoot()
        guard denominator > 0 else { return 0 }
        return Swift.min(1, Swift.max(-1, comoments[j * columnCount + k] / denominator))
    }
}
