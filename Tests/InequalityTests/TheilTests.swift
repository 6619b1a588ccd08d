import Foundation
import Inequality
import Testing

/// Theil's T and its within/between decomposition (``Theil``):
/// T = (1/n) sum_i (y_i/mu) ln(y_i/mu); within = sum_j s_j T_j; between = sum_j s_j ln(mu_j/mu),
/// s_j = n_j mu_j / (n mu).
@Suite("Theil index")
struct TheilTests {
    /// The definition written out literally, term by term (no phi form, no deviation sums):
    /// the reference the module is checked against. Plain summation is enough at the
    /// sizes used (at most 300 values of similar size).
    struct NaiveTheil {
        var total: Double
        var within: Double
        var between: Double
        var groupTheil: [Double?]
        var shares: [Double]

        static func xlnx(_ x: Double) -> Double { x == 0 ? 0 : x * log(x) }

        init(_ values: [Double], groups: [Int], groupCount: Int) {
            let n = Double(values.count)
            let mean = values.reduce(0, +) / n
            total = values.reduce(0) { $0 + Self.xlnx($1 / mean) } / n
            var groupTheil: [Double?] = [], shares: [Double] = []
            var within = 0.0, between = 0.0
            for group in 0..<groupCount {
                let members = zip(values, groups).filter { $0.1 == group }.map(\.0)
                guard !members.isEmpty else {
                    groupTheil.append(nil)
                    shares.append(0)
                    continue
                }
                let groupMean = members.reduce(0, +) / Double(members.count)
                let theil = groupMean == 0 ? 0 : members.reduce(0) { $0 + Self.xlnx($1 / groupMean) } / Double(members.count)
                let share = Double(members.count) * groupMean / (n * mean)
                groupTheil.append(theil)
                shares.append(share)
                within += share * theil
                between += share == 0 ? 0 : share * log(groupMean / mean)
            }
            self.groupTheil = groupTheil
            self.shares = shares
            self.within = within
            self.between = between
        }
    }

    // MARK: - Known values

    /// Equal values carry no inequality: T = 0 exactly (no rounding residue from
    /// ln(y/mu) with mu computed as a sum over n).
    @Test("T of n equal values is exactly 0", arguments: [[1.0, 1, 1, 1], [0.1, 0.1, 0.1], [0, 0], [7.25]])
    func equalValues(values: [Double]) throws {
        #expect(try Theil.index(of: values) == 0)
        let decomposition = try Theil.decompose(values, groups: values.indices.map { Int32($0 % 2) }, groupCount: 2)
        #expect(decomposition.total == 0 && decomposition.within == 0 && decomposition.between == 0)
        #expect(decomposition.betweenShare == nil, "no share of T = 0 is defined")
    }

    /// By hand: (1, 3) has mu = 2, so T = (1/2)(0.5 ln 0.5 + 1.5 ln 1.5) = (3/4) ln 3 - ln 2
    /// = 0.13081203594113694... Tolerance 1e-15: a few ulp of the value.
    @Test("T of (1, 3) is (3/4) ln 3 - ln 2")
    func twoValues() throws {
        let expected = 0.75 * log(3.0) - log(2.0)
        expectClose(try Theil.index(of: [1, 3]), expected, within: 1e-15, "T(1, 3)")
        expectClose(try Theil.index(of: [3, 1]), expected, within: 1e-15, "T(3, 1)")
    }

    /// One unit holds everything: T = (1/n) (n ln n) = ln n, the largest possible value.
    /// The zeros use the convention 0 ln 0 = 0. Tolerance 1e-14 relative.
    @Test("one positive value among n - 1 zeros gives ln n", arguments: [2, 3, 4, 10, 1_000])
    func oneHoldsAll(count: Int) throws {
        var values = [Double](repeating: 0, count: count)
        values[count / 2] = 4.5
        let expected = log(Double(count))
        expectClose(try Theil.index(of: values), expected, within: 1e-14 * expected, "n = \(count)")
    }

    /// By hand: A = (1, 3), B = (4, 4); mu = 3, mu_A = 2, mu_B = 4, s_A = 1/3, s_B = 2/3.
    /// T_A = (3/4) ln 3 - ln 2, T_B = 0;
    /// within = (1/3) T_A = (1/4) ln 3 - (1/3) ln 2;
    /// between = (1/3) ln(2/3) + (2/3) ln(4/3) = (5/3) ln 2 - ln 3;
    /// T = (1/4)((1/3) ln(1/3) + 2 (4/3) ln(4/3)) = (4/3) ln 2 - (3/4) ln 3.
    /// Tolerance 1e-15 (a few ulp of terms of size 0.1).
    @Test("two groups by hand: A = (1, 3), B = (4, 4)")
    func twoGroupsByHand() throws {
        let (ln2, ln3) = (log(2.0), log(3.0))
        let result = try Theil.decompose([1, 4, 3, 4], groups: [0, 1, 0, 1], groupCount: 2)
        expectClose(result.total, 4.0 / 3 * ln2 - 0.75 * ln3, within: 1e-15, "T")
        expectClose(result.within, 0.25 * ln3 - ln2 / 3, within: 1e-15, "within")
        expectClose(result.between, 5.0 / 3 * ln2 - ln3, within: 1e-15, "between")
        expectClose(result.groupTheil, [0.75 * ln3 - ln2, 0], within: 1e-15, "T_j")
        expectClose(result.groupShares, [1.0 / 3, 2.0 / 3], within: 1e-15, "s_j")
        expectClose(result.withinTerms, [0.25 * ln3 - ln2 / 3, 0], within: 1e-15, "s_j T_j")
        expectClose(result.betweenShare ?? .nan, result.between / result.total * 100, within: 1e-12, "between share (%)")
    }

    // MARK: - Conventions

    @Test("a negative value is an error naming it; empty, non-finite and mismatched input are errors")
    func errors() {
        #expect(throws: InequalityError.negativeValue(index: 1, value: -0.5)) {
            try Theil.index(of: [1, -0.5, 2])
        }
        #expect(throws: InequalityError.empty) { try Theil.index(of: []) }
        #expect(throws: InequalityError.nonFinite(index: 2)) { try Theil.index(of: [1, 2, .nan, -1]) }
        #expect(throws: InequalityError.shapeMismatch) { try Theil.decompose([1, 2], groups: [0], groupCount: 1) }
        #expect(throws: InequalityError.shapeMismatch) { try Theil.decompose([1, 2], groups: [0, 2], groupCount: 2) }
    }

    @Test("an empty group has no T_j and share 0; an all-zero group has T_j = 0, s_j = 0 and adds nothing")
    func emptyAndZeroGroups() throws {
        let result = try Theil.decompose([0, 0, 2, 6], groups: [0, 0, 2, 2], groupCount: 3)
        #expect(result.groupTheil[1] == nil)
        #expect(result.groupShares[1] == 0)
        #expect(result.groupTheil[0] == 0)
        #expect(result.groupShares[0] == 0)
        let naive = NaiveTheil([0, 0, 2, 6], groups: [0, 0, 2, 2], groupCount: 3)
        expectClose(result.total, naive.total, within: 1e-15, "T")
        expectClose(result.between, naive.between, within: 1e-15, "between")
        expectClose(result.within, naive.within, within: 1e-15, "within")
    }

    // MARK: - Against the literal definition, identities, invariances

    /// Seeded random samples: 2-300 values (log-normal, some zeros, some exact ties),
    /// 1-5 groups (some empty). Every term matches the literal double loop to 1e-12
    /// relative to T (the reference sums plainly, so it carries about n ulp of error);
    /// within + between = T to 1e-10 (also checked inside the module).
    @Test("matches the literal definition on random samples", arguments: 0..<4)
    func againstNaive(batch: UInt64) throws {
        for seed in (batch * 250)..<((batch + 1) * 250) {
            var random = SplitMix64(seed: seed)
            let (values, groups, groupCount) = Self.sample(&random)
            let result = try Theil.decompose(values, groups: groups.map(Int32.init), groupCount: groupCount)
            let naive = NaiveTheil(values, groups: groups, groupCount: groupCount)
            let tolerance = max(1e-12 * naive.total, 1e-14)
            expectClose(result.total, naive.total, within: tolerance, "T, seed \(seed)")
            expectClose(result.within, naive.within, within: tolerance, "within, seed \(seed)")
            expectClose(result.between, naive.between, within: tolerance, "between, seed \(seed)")
            expectClose(result.within + result.between, result.total, within: max(1e-10 * result.total, 1e-14),
                        "within + between = T, seed \(seed)")
            expectClose(result.groupShares, naive.shares, within: 1e-13, "s_j, seed \(seed)")
            for (actual, expected) in zip(result.groupTheil, naive.groupTheil) {
                expectClose(actual, expected, within: max(1e-12 * (expected ?? 0), 1e-14), "T_j, seed \(seed)")
            }
            #expect(result.within >= 0 && result.between >= 0, "both terms are non-negative, seed \(seed)")
        }
    }

    /// T depends on relative values only: multiplying every value by c > 0 changes no
    /// term (to 1e-12 relative; the scaling itself rounds each value by half an ulp).
    /// Permuting the units changes nothing either (to the summation order, 1e-13).
    @Test("scaling by c > 0 and permuting the units change no term", arguments: 0..<3)
    func invariances(batch: UInt64) throws {
        for seed in (batch * 100)..<((batch + 1) * 100) {
            var random = SplitMix64(seed: 10_000 + seed)
            let (values, groups, groupCount) = Self.sample(&random)
            let base = try Theil.decompose(values, groups: groups.map(Int32.init), groupCount: groupCount)
            let factor = [1e-6, 0.37, 3.0, 2.5e8][Int(seed % 4)]
            let scaled = try Theil.decompose(values.map { $0 * factor }, groups: groups.map(Int32.init), groupCount: groupCount)
            let tolerance = max(1e-12 * base.total, 1e-14)
            expectClose(scaled.total, base.total, within: tolerance, "T scaled, seed \(seed)")
            expectClose(scaled.within, base.within, within: tolerance, "within scaled, seed \(seed)")
            expectClose(scaled.between, base.between, within: tolerance, "between scaled, seed \(seed)")
            let order = values.indices.shuffled(using: &random)
            let permuted = try Theil.decompose(order.map { values[$0] }, groups: order.map { Int32(groups[$0]) },
                                               groupCount: groupCount)
            expectClose(permuted.total, base.total, within: max(1e-13 * base.total, 1e-15), "T permuted, seed \(seed)")
            expectClose(permuted.between, base.between, within: max(1e-13 * base.total, 1e-15), "between permuted, seed \(seed)")
        }
    }

    /// One group: the within term is T and the between term is 0; one unit per group:
    /// the within term is 0 and the between term is T.
    @Test("one group puts everything within; one unit per group puts everything between")
    func extremes() throws {
        let values = [0.2, 0.9, 0.4, 0.4, 1.7]
        let one = try Theil.decompose(values, groups: [0, 0, 0, 0, 0], groupCount: 1)
        #expect(one.between == 0)
        expectClose(one.within, one.total, within: 1e-15, "within = T")
        let singletons = try Theil.decompose(values, groups: [0, 1, 2, 3, 4], groupCount: 5)
        #expect(singletons.within == 0)
        expectClose(singletons.between, singletons.total, within: 1e-15, "between = T")
    }

    /// Values that differ only in their last digits keep a small, non-negative T close to
    /// its second-order approximation (1/2) Var(y/mu): for (a - d, a + d), T ~ d^2 / (2 a^2).
    @Test("nearly equal values give T ~ (1/2) (d/a)^2")
    func nearlyEqual() throws {
        let a = 1000.0, d = 1e-3
        let value = try Theil.index(of: [a - d, a + d])
        let expected = d * d / (2 * a * a)
        expectClose(value, expected, within: 1e-6 * expected + 1e-16, "T(a - d, a + d)")
    }

    /// A random sample: log-normal values (a tenth of them 0, a tenth copies of another
    /// value), 1-5 groups (a group may stay empty).
    static func sample(_ random: inout SplitMix64) -> (values: [Double], groups: [Int], groupCount: Int) {
        let count = Int.random(in: 2...300, using: &random)
        let groupCount = Int.random(in: 1...5, using: &random)
        var values: [Double] = []
        for index in 0..<count {
            let kind = Int.random(in: 0..<10, using: &random)
            if kind == 0 {
                values.append(0)
            } else if kind == 1, index > 0 {
                values.append(values[Int.random(in: 0..<index, using: &random)])
            } else {
                let u = Double.random(in: 1e-12..<1, using: &random), v = Double.random(in: 0..<1, using: &random)
                values.append(exp(0.8 * (-2 * log(u)).squareRoot() * cos(2 * .pi * v)))
            }
        }
        if values.allSatisfy({ $0 == 0 }) { values[0] = 1 }
        let groups = (0..<count).map { _ in Int.random(in: 0..<groupCount, using: &random) }
        return (values, groups, groupCount)
    }
}
