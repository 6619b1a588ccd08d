import Inequality
import Testing

/// What must not change the decomposition: the order of the units, the order of the
/// groups (pair terms follow the new order), and the unit of measurement.
///
/// Tolerances: 1e-12 x G for every term, 1e-12 absolute for D_jh, as in the
/// fast-versus-naive tests: only the order of compensated summation changes (and, for
/// scaling, one rounding per value).
@Suite("Invariances")
struct InvarianceTests {
    static let seeds: [UInt64] = Array(10_000..<10_300)

    /// The midpoint tie rule makes every term independent of row order (METHOD.md
    /// section 8), ties with different parts included.
    @Test("permuting the units changes nothing")
    func permutingUnits() throws {
        for seed in Self.seeds {
            var random = SplitMix64(seed: seed ^ 0xA5A5)
            let input = RandomSamples.input(seed: seed)
            let order = Array(input.totals.indices).shuffled(using: &random)
            let permuted = DecompositionInput(
                totals: order.map { input.totals[$0] },
                groups: order.map { input.groups[$0] },
                groupCount: input.groupCount,
                sources: input.sources.map { parts in order.map { parts[$0] } },
                finerSources: input.finerSources.map { parts in order.map { parts[$0] } })
            let original = try InequalityDecomposition.decompose(input)
            let result = try InequalityDecomposition.decompose(permuted)
            expectSame(result, original, "seed \(seed)")
        }
    }

    /// Group j relabelled as newLabel[j]: group terms move with their group, and the term
    /// of the pair {j, h} moves to the position of {newLabel[j], newLabel[h]} in the new
    /// order, with the same value (D_jh is oriented by the means, not by the order).
    @Test("relabelling the groups moves each group and pair term to its new place")
    func relabellingGroups() throws {
        for seed in Self.seeds {
            var random = SplitMix64(seed: seed ^ 0x5A5A)
            let input = RandomSamples.input(seed: seed)
            let groupCount = input.groupCount
            let newLabel = Array(0..<groupCount).shuffled(using: &random)
            var relabelled = input
            relabelled.groups = input.groups.map { Int32(newLabel[Int($0)]) }
            let original = try InequalityDecomposition.decompose(input)
            let result = try InequalityDecomposition.decompose(relabelled)

            func moveGroups<T>(_ values: [T]) -> [T] {
                var moved = values
                for group in 0..<groupCount { moved[newLabel[group]] = values[group] }
                return moved
            }
            func movePairs<T>(_ values: [T]) -> [T] {
                var moved = values
                for (pair, (first, second)) in GroupPairs.pairs(groupCount: groupCount).enumerated() {
                    moved[GroupPairs.index(of: newLabel[first], newLabel[second], groupCount: groupCount)!] = values[pair]
                }
                return moved
            }
            var expected = original
            expected.groupSizes = moveGroups(original.groupSizes)
            expected.groupMeans = moveGroups(original.groupMeans)
            expected.within = moveGroups(original.within)
            expected.groupGini = moveGroups(original.groupGini)
            expected.twoWayWithin = moveGroups(original.twoWayWithin)
            expected.between = movePairs(original.between)
            expected.pairGini = movePairs(original.pairGini)
            expected.affluence = movePairs(original.affluence)
            expected.twoWayBetween = movePairs(original.twoWayBetween)
            #expect(result.groupSizes == expected.groupSizes, "seed \(seed)")
            expectSame(result, expected, "seed \(seed)")
        }
    }

    /// The Gini coefficient and all its terms are ratios to the mean, so multiplying
    /// every total and part by c > 0 leaves them unchanged and multiplies the means by c.
    @Test("scaling all values by a positive constant changes only the means", arguments: [0.001, 3.0, 1024.0, 7.3e6])
    func scaling(factor: Double) throws {
        for seed in Self.seeds {
            let input = RandomSamples.input(seed: seed)
            let scaled = DecompositionInput(
                totals: input.totals.map { $0 * factor },
                groups: input.groups,
                groupCount: input.groupCount,
                sources: input.sources.map { $0.map { $0 * factor } },
                finerSources: input.finerSources.map { $0.map { $0 * factor } })
            let original = try InequalityDecomposition.decompose(input)
            let result = try InequalityDecomposition.decompose(scaled)
            var expected = original
            expected.mean = original.mean * factor
            expected.groupMeans = original.groupMeans.map { $0.map { $0 * factor } }
            expected.sourceMeans = original.sourceMeans.map { $0 * factor }
            // A non-empty group whose mean is exactly 0 (possible with negative parts)
            // has no G_jj; once its values are rounded by the scaling its mean is a few
            // ulp from 0 and G_jj is the (huge) value of that rounded input. Undefined
            // stays untested there, as does G_jh of a pair whose means add up to 0.
            for group in expected.groupGini.indices where expected.groupGini[group] == nil {
                expected.groupGini[group] = result.groupGini[group]
            }
            for pair in expected.pairGini.indices where expected.pairGini[pair] == nil {
                expected.pairGini[pair] = result.pairGini[pair]
            }
            expectSame(result, expected, "seed \(seed), factor \(factor)")
        }
    }

    /// `actual` equals `expected` term by term, to the tolerances stated on the suite.
    private func expectSame(_ actual: YearDecomposition, _ expected: YearDecomposition, _ label: String,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        let tolerance = 1e-12 * expected.gini
        let location = sourceLocation
        #expect(actual.count == expected.count && actual.negativeValueCount == expected.negativeValueCount,
                sourceLocation: location)
        expectClose(actual.mean, expected.mean, within: 1e-12 * expected.mean, "\(label) mean", sourceLocation: location)
        expectClose(actual.groupMeans, expected.groupMeans, within: 1e-12 * expected.mean, "\(label) groupMeans",
                    sourceLocation: location)
        expectClose(actual.sourceMeans, expected.sourceMeans, within: 1e-12 * expected.mean, "\(label) sourceMeans",
                    sourceLocation: location)
        expectClose(actual.gini, expected.gini, within: tolerance, "\(label) gini", sourceLocation: location)
        expectClose(actual.within, expected.within, within: tolerance, "\(label) within", sourceLocation: location)
        expectClose(actual.between, expected.between, within: tolerance, "\(label) between", sourceLocation: location)
        expectClose(actual.withinTotal, expected.withinTotal, within: tolerance, "\(label) withinTotal",
                    sourceLocation: location)
        expectClose(actual.betweenTotal, expected.betweenTotal, within: tolerance, "\(label) betweenTotal",
                    sourceLocation: location)
        // Dagum's indices divide the same pair sums by group means: relative to each.
        for (group, index) in expected.groupGini.enumerated() {
            expectClose(actual.groupGini[group], index, within: 1e-12 * max(abs(index ?? 0), expected.gini),
                        "\(label) groupGini[\(group)]", sourceLocation: location)
        }
        for (pair, index) in expected.pairGini.enumerated() {
            expectClose(actual.pairGini[pair], index, within: 1e-12 * max(abs(index ?? 0), expected.gini),
                        "\(label) pairGini[\(pair)]", sourceLocation: location)
        }
        expectClose(actual.affluence, expected.affluence, within: 1e-12, "\(label) affluence", sourceLocation: location)
        expectClose(actual.netBetween, expected.netBetween, within: tolerance, "\(label) netBetween",
                    sourceLocation: location)
        expectClose(actual.transvariation, expected.transvariation, within: tolerance, "\(label) transvariation",
                    sourceLocation: location)
        expectClose(actual.sources, expected.sources, within: tolerance, "\(label) sources", sourceLocation: location)
        expectClose(actual.finerSources, expected.finerSources, within: tolerance, "\(label) finerSources",
                    sourceLocation: location)
        expectClose(actual.twoWayWithin.flatMap { $0 }, expected.twoWayWithin.flatMap { $0 }, within: tolerance,
                    "\(label) twoWayWithin", sourceLocation: location)
        expectClose(actual.twoWayBetween.flatMap { $0 }, expected.twoWayBetween.flatMap { $0 }, within: tolerance,
                    "\(label) twoWayBetween", sourceLocation: location)
    }
}
