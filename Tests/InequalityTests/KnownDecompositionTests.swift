import Inequality
import Testing

/// Decompositions small enough to work out by hand from the definitions of METHOD.md
/// sections 6-9. Every expected value below is an exact fraction; the tolerance 1e-15
/// allows the few ulp of one compensated sum and one division.
@Suite("Known decompositions, worked by hand")
struct KnownDecompositionTests {
    /// Two overlapping groups, A = {1, 4} and B = {2, 5}, with two sources:
    /// 1 = 1 + 0, 4 = 1 + 3 (A); 2 = 0 + 2, 5 = 4 + 1 (B). n = 4, mu = 3, n^2 mu = 48.
    ///
    /// Unordered pairs (larger minus smaller): A-A: 3; B-B: 3; A-B: 1 + 4 + 2 + 1 = 8;
    /// so G = 14/48 = 7/24, Gw_A = Gw_B = 3/48, Gb_AB = 8/48.
    /// G_AA = 2*3 / (2 * 4 * 2.5) = 0.3, G_BB = 6 / (2 * 4 * 3.5) = 3/14,
    /// G_AB = 8 / (2 * 2 * (2.5 + 3.5)) = 1/3. Delta_AB = 8/4 = 2 and |mu_A - mu_B| = 1,
    /// so D_AB = 1/2 (Dagum: d = 6/4, p = 2/4, (d - p)/(d + p) = 1/2), Gnb = Gt = 1/12.
    /// Source differences (larger minus smaller total, per pair): (2,1): (-1, 2);
    /// (4,1): (0, 3); (5,1): (3, 1); (4,2): (1, 1); (5,2): (4, -1); (5,4): (3, -2);
    /// so G^1 = 10/48, G^2 = 4/48; two-way: A (0, 3)/48, B (4, -1)/48, A|B (6, 2)/48.
    @Test("two overlapping groups of two units, two sources")
    func twoOverlappingGroups() throws {
        let input = DecompositionInput(
            totals: [1, 4, 2, 5], groups: [0, 0, 1, 1], groupCount: 2,
            sources: [[1, 1, 0, 4], [0, 3, 2, 1]])
        let result = try InequalityDecomposition.decompose(input)
        let tolerance = 1e-15
        expectClose(result.gini, 7.0 / 24, within: tolerance, "G")
        expectClose(result.within, [3.0 / 48, 3.0 / 48], within: tolerance, "Gw")
        expectClose(result.between, [8.0 / 48], within: tolerance, "Gb")
        expectClose(result.withinTotal, 6.0 / 48, within: tolerance, "Gw total")
        expectClose(result.betweenTotal, 8.0 / 48, within: tolerance, "Gb total")
        expectClose(result.groupGini, [0.3, 3.0 / 14], within: tolerance, "G_jj")
        expectClose(result.pairGini, [1.0 / 3], within: tolerance, "G_jh")
        expectClose(result.affluence, [0.5], within: tolerance, "D_jh")
        expectClose(result.netBetween, 1.0 / 12, within: tolerance, "Gnb")
        expectClose(result.transvariation, 1.0 / 12, within: tolerance, "Gt")
        expectClose(result.sources, [10.0 / 48, 4.0 / 48], within: tolerance, "G^m")
        expectClose(result.twoWayWithin[0], [0, 3.0 / 48], within: tolerance, "two-way A")
        expectClose(result.twoWayWithin[1], [4.0 / 48, -1.0 / 48], within: tolerance, "two-way B")
        expectClose(result.twoWayBetween[0], [6.0 / 48, 2.0 / 48], within: tolerance, "two-way A|B")
        #expect(result.groupMeans == [2.5, 3.5])
        #expect(result.sourceMeans == [1.5, 1.5])
        #expect(result.mean == 3)
        #expect(result.count == 4)
        #expect(result.groupSizes == [2, 2])
    }

    /// Groups that do not overlap: every pair across them is "gross affluence", none is
    /// transvariation, so D = 1 and Gt = 0. A = {1, 2}, B = {3, 6}, n^2 mu = 48:
    /// G = 16/48 = 1/3, Gb = 12/48, Gnb = p_A p_B |mu_A - mu_B| / mu = 1/4.
    @Test("groups that do not overlap have D = 1 and no transvariation")
    func separatedGroups() throws {
        let input = DecompositionInput(totals: [1, 2, 3, 6], groups: [0, 0, 1, 1], groupCount: 2)
        let result = try InequalityDecomposition.decompose(input)
        expectClose(result.gini, 1.0 / 3, within: 1e-15, "G")
        expectClose(result.between, [0.25], within: 1e-15, "Gb")
        expectClose(result.affluence, [1], within: 1e-15, "D")
        expectClose(result.netBetween, 0.25, within: 1e-15, "Gnb")
        expectClose(result.transvariation, 0, within: 1e-15, "Gt")
        expectClose(result.groupGini, [1.0 / 6, 1.0 / 6], within: 1e-15, "G_jj")
        expectClose(result.pairGini, [0.5], within: 1e-15, "G_jh")
    }

    /// METHOD.md section 8's own example of the tie rule: totals (1, 1, 3) with parts
    /// ((1, 0), (0, 1), (1.5, 1.5)). The tied pair adds nothing; (3 vs each 1) gives
    /// (0.5, 1.5) and (1.5, 0.5); n^2 mu = 15, so G = 4/15 and G^1 = G^2 = 2/15, the same
    /// whichever tied row comes first (a "lower index is smaller" rule gives 1/15 and
    /// 3/15, swapped when the rows swap).
    @Test("the midpoint tie rule of METHOD.md section 8, in both row orders")
    func tieRuleExample() throws {
        let rows: [[Double]] = [[1, 0], [0, 1], [1.5, 1.5]]
        for order in [[0, 1, 2], [1, 0, 2], [2, 1, 0]] {
            let sources = [order.map { rows[$0][0] }, order.map { rows[$0][1] }]
            let totals = order.map { rows[$0][0] + rows[$0][1] }
            let input = DecompositionInput(totals: totals, groups: [0, 0, 0], groupCount: 1, sources: sources)
            let result = try InequalityDecomposition.decompose(input)
            expectClose(result.gini, 4.0 / 15, within: 1e-15, "G, order \(order)")
            expectClose(result.sources, [2.0 / 15, 2.0 / 15], within: 1e-15, "G^m, order \(order)")
            expectClose(result.twoWayWithin[0], [2.0 / 15, 2.0 / 15], within: 1e-15, "two-way, order \(order)")
        }
    }

    /// A tie across two groups (the case of fixture edge/ties, T1/T2): units 2 = 2 + 0
    /// in A and 2 = 0 + 2 in B, plus 4 = 2 + 2 in A. n^2 mu = 9 * 8/3 = 24. The tied
    /// cross pair adds nothing; (4 vs 2 in A): (0, 2) within A; (4 vs 2 in B): (2, 0)
    /// across A|B. So Gw_A^m = (0, 2)/24, Gb_AB^m = (2, 0)/24, G^m = (2, 2)/24.
    @Test("a tie across groups adds nothing to either group's source cells")
    func tieAcrossGroups() throws {
        let input = DecompositionInput(
            totals: [2, 2, 4], groups: [0, 1, 0], groupCount: 2,
            sources: [[2, 0, 2], [0, 2, 2]])
        let result = try InequalityDecomposition.decompose(input)
        expectClose(result.twoWayWithin[0], [0, 2.0 / 24], within: 1e-15, "two-way A")
        expectClose(result.twoWayWithin[1], [0, 0], within: 1e-15, "two-way B")
        expectClose(result.twoWayBetween[0], [2.0 / 24, 0], within: 1e-15, "two-way A|B")
        expectClose(result.sources, [2.0 / 24, 2.0 / 24], within: 1e-15, "G^m")
    }
}
