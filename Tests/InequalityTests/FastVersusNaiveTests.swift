import Inequality
import Testing

/// The O(n log n) decomposition equals the O(n^2) definitions of METHOD.md sections 6-9
/// (``NaiveDecomposition``) on thousands of seeded random samples, to 1e-12 x G for every
/// term (see ``expectAgreement(_:_:_:sourceLocation:)`` for each tolerance and its reason).
@Suite("Fast decomposition versus the pairwise definitions")
struct FastVersusNaiveTests {
    /// 40 batches of 100 seeds: 4,000 samples, run in parallel by batch.
    static let batchSize: UInt64 = 100

    @Test("4,000 random samples agree with the O(n^2) reference", arguments: 0..<40)
    func randomSamplesAgree(batch: UInt64) throws {
        for seed in (batch * Self.batchSize)..<((batch + 1) * Self.batchSize) {
            let input = RandomSamples.input(seed: seed)
            let fast = try InequalityDecomposition.decompose(input)
            expectAgreement(fast, NaiveDecomposition(input), "seed \(seed)")
        }
    }

    /// The samples above reach every case the brief names; this guards the generator.
    @Test("the random samples cover ties, empty and one-unit groups, negative parts and equal totals")
    func samplesCoverEveryCase() {
        var tiesWithDifferentParts = 0, emptyGroups = 0, oneUnitGroups = 0
        var negativeParts = 0, equalTotals = 0, withFinerSources = 0
        var unitCounts = Set<Int>(), groupCounts = Set<Int>(), sourceCounts = Set<Int>()
        for seed in UInt64(0)..<(40 * Self.batchSize) {
            let input = RandomSamples.input(seed: seed)
            let sizes = (0..<input.groupCount).map { group in input.groups.filter { $0 == group }.count }
            unitCounts.insert(input.totals.count)
            groupCounts.insert(input.groupCount)
            sourceCounts.insert(input.sources.count)
            if sizes.contains(0) { emptyGroups += 1 }
            if sizes.contains(1) { oneUnitGroups += 1 }
            if input.sources.contains(where: { $0.contains { $0 < 0 } }) { negativeParts += 1 }
            if Set(input.totals).count == 1 { equalTotals += 1 }
            if !input.finerSources.isEmpty { withFinerSources += 1 }
            if hasTieWithDifferentParts(input) { tiesWithDifferentParts += 1 }
        }
        #expect(tiesWithDifferentParts > 1_000)
        #expect(emptyGroups > 500)
        #expect(oneUnitGroups > 500)
        #expect(negativeParts > 500)
        #expect(equalTotals > 200)
        #expect(withFinerSources > 1_000)
        #expect(unitCounts.contains(2) && unitCounts.contains(where: { $0 >= 190 }))
        #expect(groupCounts == Set(1...5))
        #expect(sourceCounts == Set(1...4))
    }

    private func hasTieWithDifferentParts(_ input: DecompositionInput) -> Bool {
        var firstUnitWithTotal: [Double: Int] = [:]
        for (unit, total) in input.totals.enumerated() {
            if let other = firstUnitWithTotal[total] {
                if input.sources.contains(where: { $0[unit] != $0[other] }) { return true }
            } else {
                firstUnitWithTotal[total] = unit
            }
        }
        return false
    }
}
