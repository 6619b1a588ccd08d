import Inequality
import Testing

/// ``PanelSourceTerms`` gives the same one-way source terms (to 1e-14 x G: the parts are
/// shifted by another constant than in the per-period decomposition, so the products
/// round differently) as ``InequalityDecomposition/decompose(_:)`` given each period's
/// gathered part arrays, on seeded random panels whose periods interleave (as the years
/// of a unit-major panel do), with ties in the totals and a period whose totals are all
/// equal, and on parts far from zero with little spread (a small G), where a sum of
/// unshifted products would lose the digits that the fixtures' 1e-12 x G requires.
@Suite("source terms of long columns over many periods")
struct PanelSourceTermsTests {
    @Test("equal to the per-period decomposition of the gathered parts",
          arguments: [(1, 0.0), (2, 0.0), (3, 0.0), (4, 0.0), (5, 0.0), (6, 0.0), (7, 0.0), (8, 0.0), (9, 1e6), (10, 1e6)])
    func matchesPerPeriodDecomposition(seed: UInt64, level: Double) throws {
        var random = SplitMix64(seed: seed)
        let periodCount = 3, rowCount = 3 * 40, columnCount = 3
        // Row r belongs to period r % 3. At level 0: dyadic values, so that some totals tie
        // exactly, and any factors. At a level of 1e6: values in [level, level + 1) and
        // factors that are powers of two, so that the parts are exact and G is about 1e-7.
        let period = (0..<rowCount).map { Int32($0 % periodCount) }
        let columns = (0..<columnCount).map { _ in
            (0..<rowCount).map { _ in
                level == 0 ? Double(Int.random(in: 0...8, using: &random)) / 8 : level + Double.random(in: 0..<1, using: &random)
            }
        }
        var factors = (0..<periodCount).map { _ in
            (0..<columnCount).map { _ in
                level == 0 ? Double.random(in: 0.1...1, using: &random) : [0.25, 0.5, 1][Int.random(in: 0..<3, using: &random)]
            }
        }
        factors[2] = [0, 0, 0]  // period 2: every part 0, every total equal
        let groups = (0..<rowCount).map { _ in Int32.random(in: 0..<3, using: &random) }

        var ranks = [Int32](repeating: 0, count: rowCount)
        var periods: [PanelSourceTerms.Period] = []
        var expected: [[Double]] = []
        var ginis: [Double] = []
        for t in 0..<periodCount {
            let rows = (0..<rowCount).filter { Int(period[$0]) == t }
            let parts = (0..<columnCount).map { f in rows.map { factors[t][f] * columns[f][$0] } }
            let totals = rows.indices.map { i in parts.reduce(0) { $0 + $1[i] } }
            let gathered = DecompositionInput(totals: totals, groups: rows.map { groups[$0] }, groupCount: 3,
                                              finerSources: parts)
            let full = try InequalityDecomposition.decompose(gathered)
            expected.append(full.finerSources)
            ginis.append(full.gini)
            let ranked = try InequalityDecomposition.decomposeWithSignedRanks(
                DecompositionInput(totals: totals, groups: rows.map { groups[$0] }, groupCount: 3))
            for (position, row) in rows.enumerated() { ranks[row] = ranked.signedRanks[position] }
            periods.append(ranked.period)
        }
        let terms = PanelSourceTerms.terms(columns: columns, factors: factors, period: period, signedRanks: ranks,
                                           periods: periods)
        #expect(terms.count == periodCount)
        for t in 0..<periodCount {
            #expect(terms[t].count == columnCount)
            for f in 0..<columnCount {
                #expect(abs(terms[t][f] - expected[t][f]) <= 1e-14 * ginis[t], "period \(t), column \(f)")
            }
        }
        #expect(terms[2] == [0, 0, 0])
        #expect(!periods[2].hasSpread)
    }

    @Test("terms that do not add up to G are refused")
    func identityChecked() throws {
        let input = DecompositionInput(totals: [1, 2, 3, 4], groups: [0, 0, 1, 1], groupCount: 2)
        let decomposition = try InequalityDecomposition.decompose(input)
        #expect(try InequalityDecomposition.settingFinerSources([0.1, decomposition.gini - 0.1], of: decomposition)
            .finerSources.count == 2)
        #expect(throws: InequalityError.self) {
            try InequalityDecomposition.settingFinerSources([0.1, 0.1], of: decomposition)
        }
    }
}
