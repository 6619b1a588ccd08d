@testable import Inequality
import Testing

/// A ``DecompositionWorkspace`` changes only where the scratch memory comes from: years
/// decomposed one after another with one workspace, their sizes shrinking and growing,
/// give exactly the decompositions and signed ranks of a fresh workspace each.
@Suite("a reused decomposition workspace")
struct DecompositionWorkspaceTests {
    static func input(count: Int, random: inout SplitMix64) -> DecompositionInput {
        // Quarter steps, so that some totals tie; three parts adding up to each total.
        let parts = (0..<3).map { _ in (0..<count).map { _ in Double(Int.random(in: 0...12, using: &random)) / 4 } }
        let totals = (0..<count).map { i in parts[0][i] + parts[1][i] + parts[2][i] }
        return DecompositionInput(totals: totals, groups: (0..<count).map { _ in Int32.random(in: 0..<3, using: &random) },
                                  groupCount: 3, sources: parts)
    }

    @Test("the same results as a fresh workspace, sizes 500, 37, 1200, 2, 1, 700")
    func sameAsFresh() throws {
        var random = SplitMix64(seed: 11)
        let inputs = [500, 37, 1200, 2, 1, 700].map { Self.input(count: $0, random: &random) }
        let workspace = DecompositionWorkspace()
        for input in inputs {
            let reused = try InequalityDecomposition.decomposeWithSignedRanks(input, workspace: workspace)
            let fresh = try InequalityDecomposition.decomposeWithSignedRanks(input, workspace: DecompositionWorkspace())
            #expect(reused.decomposition == fresh.decomposition)
            #expect(reused.signedRanks == fresh.signedRanks)
            // Buffers built from recycled inputs are as long as asked, whatever they held.
            workspace.recycle(input)
            #expect(workspace.values(count: 3).count == 3)
            #expect(workspace.groupIndices(count: 5).count == 5)
        }
    }
}
