import Testing
import Weighting

/// The naive two-pass reference: means first, then sums of products of deviations, in
/// row order.
func naiveComoments(_ columns: [[Double]]) -> (means: [Double], comoments: [[Double]], scale: [[Double]]) {
    let n = Double(columns[0].count)
    let means = columns.map { $0.reduce(0, +) / n }
    var comoments = [[Double]](repeating: [Double](repeating: 0, count: columns.count), count: columns.count)
    var scale = comoments
    for j in columns.indices {
        for k in columns.indices {
            for i in columns[j].indices {
                let product = (columns[j][i] - means[j]) * (columns[k][i] - means[k])
                comoments[j][k] += product
                scale[j][k] += abs(product)
            }
        }
    }
    return (means, comoments, scale)
}

/// CovarianceAccumulator (one pass, blocks of 1024 merged by Chan, Golub and LeVeque
/// 1979) against the two-pass reference, at sizes around the block boundaries.
///
/// Tolerance: |a - e| <= 1e-12 x sum_i |d_ij d_ik| (plus 1e-12 x |mean| for means). Both
/// are sums of up to 3,000 products; a recursive sum of n terms is off by at most about
/// n u sum |terms| (u = 1.1e-16), i.e. 3.3e-13 for n = 3,000, and the block merge adds a
/// few roundings more. The data sit on an offset of 1e3 with a spread of about 1, so a
/// one-pass raw-moment formula (sum x^2 - n mean^2) would fail this by orders of magnitude.
@Suite("Covariance accumulator")
struct CovarianceAccumulatorTests {
    @Test("co-moments and means match the two-pass reference", arguments: [1, 2, 1023, 1024, 1025, 2047, 2048, 2049, 3000])
    func matchesTwoPass(rows: Int) {
        var random = SplitMix64(seed: UInt64(rows))
        let m = 4
        let base = (0..<rows).map { _ in Double.random(in: -1...1, using: &random) }
        let columns: [[Double]] = (0..<m).map { j in
            base.map { b in 1e3 + Double(j) * b + Double.random(in: -1...1, using: &random) }
        }
        let accumulator = CovarianceAccumulator.accumulate(columns)
        let reference = naiveComoments(columns)
        #expect(accumulator.count == rows)
        #expect(accumulator.columnCount == m)
        for j in 0..<m {
            expectClose(accumulator.means[j], reference.means[j], within: 1e-12 * abs(reference.means[j]), "mean \(j)")
            for k in 0..<m {
                expectClose(accumulator.comoments[j * m + k], reference.comoments[j][k],
                            within: 1e-12 * max(reference.scale[j][k], 1e-300), "C[\(j)][\(k)], n = \(rows)")
            }
        }
    }

    /// Adding the rows in arbitrary blocks gives the same moments as one pass.
    @Test("any split into blocks gives the same result")
    func blocks() {
        var random = SplitMix64(seed: 99)
        let columns: [[Double]] = (0..<3).map { _ in (0..<500).map { _ in Double.random(in: 0...10, using: &random) } }
        let whole = CovarianceAccumulator.accumulate(columns)
        var pieces = CovarianceAccumulator(columnCount: 3)
        for range in [0..<1, 1..<7, 7..<7, 7..<300, 300..<500] { pieces.add(columns, rows: range) }
        #expect(pieces.count == 500)
        let reference = naiveComoments(columns)
        for index in 0..<9 {
            expectClose(pieces.comoments[index], whole.comoments[index],
                        within: 1e-12 * reference.scale[index / 3][index % 3], "C[\(index)]")
        }
    }

    /// Known values: columns (1, 2, 3) and (2, 4, 7): means 2 and 13/3; deviations
    /// (-1, 0, 1) and (-7/3, -1/3, 8/3); C_11 = 2, C_12 = 7/3 + 8/3 = 5, C_22 = (49 + 1 + 64)/9
    /// = 38/3. Population sd: sqrt(2/3) and sqrt(38/9); r = 5 / sqrt(2 x 38/3) = 5/sqrt(76/3).
    /// Tolerances 1e-15 (1e-14 for the co-moments up to 38/3): the only inexact steps
    /// are the divisions by 3 and a square root, a few ulp of numbers below 13.
    @Test("known values on a 3 x 2 matrix")
    func knownValues() {
        let accumulator = CovarianceAccumulator.accumulate([[1, 2, 3], [2, 4, 7]])
        expectClose(accumulator.means, [2, 13.0 / 3], within: 1e-15, "means")
        expectClose(accumulator.comoments, [2, 5, 5, 38.0 / 3], within: 1e-14, "co-moments")
        expectClose(accumulator.populationStandardDeviation(0), (2.0 / 3).squareRoot(), within: 1e-15, "sd 0")
        expectClose(accumulator.populationStandardDeviation(1), (38.0 / 9).squareRoot(), within: 1e-15, "sd 1")
        expectClose(accumulator.correlation(0, 1), 5 / (76.0 / 3).squareRoot(), within: 1e-15, "r")
        #expect(accumulator.correlation(1, 1) == 1)
    }

    @Test("a constant column has sd 0 and correlation 0; no rows give sd 0")
    func degenerate() {
        let accumulator = CovarianceAccumulator.accumulate([[5, 5, 5], [1, 2, 3]])
        #expect(accumulator.populationStandardDeviation(0) == 0)
        #expect(accumulator.correlation(0, 1) == 0)
        let empty = CovarianceAccumulator.accumulate([[], []])
        #expect(empty.count == 0 && empty.populationStandardDeviation(0) == 0)
    }

    /// Correlations never leave [-1, 1], even for columns that are exact multiples;
    /// 1e-15 allows the few roundings of C_jk / sqrt(C_jj C_kk).
    @Test("correlation of proportional columns is exactly +1 or -1")
    func proportional() {
        let x = (0..<2000).map { Double($0 % 37) / 7 }
        let accumulator = CovarianceAccumulator.accumulate([x, x.map { 3 * $0 }, x.map { 1 - $0 }])
        expectClose(accumulator.correlation(0, 1), 1, within: 1e-15, "r(x, 3x)")
        expectClose(accumulator.correlation(0, 2), -1, within: 1e-15, "r(x, 1 - x)")
        #expect(abs(accumulator.correlation(0, 1)) <= 1 && abs(accumulator.correlation(0, 2)) <= 1)
    }
}
