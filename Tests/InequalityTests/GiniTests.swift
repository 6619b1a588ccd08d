import Inequality
import Testing

/// `Gini.coefficient(of:)`: G = sum_i sum_r |y_i - y_r| / (2 n^2 mu) (METHOD.md section 6).
@Suite("Gini coefficient")
struct GiniTests {
    /// Worked by hand from the pairwise definition: for (1, 2, 3, 4), mu = 2.5 and the
    /// ordered pairs add up to 2 * (1+2+3+1+2+1) = 20, so G = 20 / (2 * 16 * 2.5) = 0.25.
    /// Tolerance 1e-15: one compensated sum and one division, a few ulp of 0.25.
    @Test("Gini of (1, 2, 3, 4) is 0.25")
    func oneToFour() {
        expectClose(Gini.coefficient(of: [1, 2, 3, 4]), 0.25, within: 1e-15, "G(1,2,3,4)")
        expectClose(Gini.coefficient(of: [4, 1, 3, 2]), 0.25, within: 1e-15, "G(4,1,3,2)")
    }

    /// All equal values have no spread: G = 0 exactly, including all zero (no 0/0).
    @Test("n equal values have Gini 0", arguments: [1, 2, 3, 10, 1_000])
    func equalValues(count: Int) {
        #expect(Gini.coefficient(of: [Double](repeating: 0.37, count: count)) == 0)
        #expect(Gini.coefficient(of: [Double](repeating: 0, count: count)) == 0)
    }

    /// One unit holds everything: of the n^2 ordered pairs, 2(n-1) differ by the value v,
    /// and mu = v / n, so G = 2(n-1) v / (2 n^2 v / n) = (n-1)/n. Tolerance 1e-15 as above.
    @Test("one non-zero value among n gives (n-1)/n", arguments: [1, 2, 3, 7, 100, 10_000])
    func oneNonZero(count: Int) {
        for position in Set([0, count / 2, count - 1]) {
            var values = [Double](repeating: 0, count: count)
            values[position] = 5.5
            let expected = Double(count - 1) / Double(count)
            expectClose(Gini.coefficient(of: values), expected, within: 1e-15, "n = \(count), at \(position)")
        }
    }

    @Test("no values give 0")
    func empty() {
        #expect(Gini.coefficient(of: []) == 0)
    }

    /// The fast form of `coefficient(of:)` and the decomposition's G are the same number,
    /// up to summation order (1e-12 x G, as in the fast-versus-naive tests).
    @Test("the coefficient equals the decomposition's G on random samples", arguments: 0..<5)
    func matchesDecomposition(batch: UInt64) throws {
        for seed in (batch * 100)..<((batch + 1) * 100) {
            let input = RandomSamples.input(seed: seed)
            let decomposition = try InequalityDecomposition.decompose(input)
            expectClose(Gini.coefficient(of: input.totals), decomposition.gini,
                        within: 1e-12 * decomposition.gini, "seed \(seed)")
        }
    }

    /// Values that differ only in their last digits: the coefficient is computed on
    /// deviations from the mean, so it keeps its digits. For (a, a + d) with
    /// d = 2^-40, G = d / (2 (2a + d)) exactly in binary terms of the inputs;
    /// tolerance 1e-10 relative (about 6 digits better than an uncentred sum can promise).
    @Test("nearly equal values keep their digits")
    func nearlyEqualValues() {
        let a = 1000.0
        let d = 0x1p-40
        let expected = d / (2 * (2 * a + d))
        expectClose(Gini.coefficient(of: [a, a + d]), expected, within: 1e-10 * expected, "G(a, a+d)")
    }

    /// Undefined inputs: a zero mean with spread and non-finite values give NaN; the
    /// decomposition throws in the same cases instead.
    @Test("a zero mean with spread, and non-finite values, give NaN")
    func undefined() {
        #expect(Gini.coefficient(of: [-1, 1]).isNaN)
        #expect(Gini.coefficient(of: [1, .nan]).isNaN)
        #expect(Gini.coefficient(of: [1, .infinity]).isNaN)
    }
}
