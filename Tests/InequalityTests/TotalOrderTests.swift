@testable import Inequality
import Testing

/// ``TotalOrder`` (the radix sort behind every decomposition) orders units exactly as a
/// comparison sort by (total, unit) does: seeded random totals with many ties, negative
/// values, both zeros, tiny and huge magnitudes.
@Suite("units ordered by total")
struct TotalOrderTests {
    static func entries(_ totals: [Double]) -> [TotalOrder.Entry] {
        totals.enumerated().map { TotalOrder.Entry(total: $1, unit: Int32($0), group: Int32($0 % 3)) }
    }

    static func reference(_ entries: [TotalOrder.Entry]) -> [Int32] {
        entries.sorted { $0.total < $1.total || ($0.total == $1.total && $0.unit < $1.unit) }.map(\.unit)
    }

    @Test("the same order as sorting by (total, unit)", arguments: 1...200)
    func matchesComparisonSort(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let count = Int.random(in: 0...300, using: &random)
        let palette: [Double] = [0, -0.0, 1, -1, 0.5, 1e-300, -1e-300, 1e300, -1e300, 0.1 + 0.2, 0.3,
                                 .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .greatestFiniteMagnitude]
        let totals = (0..<count).map { _ -> Double in
            switch Int.random(in: 0..<3, using: &random) {
            case 0: return palette[Int.random(in: 0..<palette.count, using: &random)]
            case 1: return Double(Int.random(in: -5...5, using: &random)) / 4
            default: return Double.random(in: -1e6...1e6, using: &random)
            }
        }
        let entries = Self.entries(totals)
        #expect(TotalOrder.sorted(entries).map(\.unit) == Self.reference(entries))
    }

    @Test("totals in a narrow range (fewer digits), sorted with one scratch buffer reused across sizes",
          arguments: [(0.2, 0.6), (1000.0, 1000.001), (-3.0, -2.5), (0.0, 1.0), (-0.5, 0.5), (-1e-300, 1e-300),
                      (0.25, 0.25)])
    func narrowRanges(lower: Double, upper: Double) {
        var random = SplitMix64(seed: 7)
        var scratch: [TotalOrder.Entry] = []
        for count in [500, 37, 1200, 2] {
            // Every fifth total repeats an earlier one, so that ties are exercised too.
            var totals: [Double] = []
            for index in 0..<count {
                totals.append(index % 5 == 4 ? totals[index / 2] : Double.random(in: lower...upper, using: &random))
            }
            let entries = Self.entries(totals)
            #expect(TotalOrder.sorted(entries, scratch: &scratch).map(\.unit) == Self.reference(entries))
        }
    }

    @Test("the key is monotone and reads -0 as +0")
    func keyOrder() {
        let ascending: [Double] = [-.greatestFiniteMagnitude, -1, -.leastNonzeroMagnitude, 0,
                                   .leastNonzeroMagnitude, 1, .greatestFiniteMagnitude]
        #expect(zip(ascending, ascending.dropFirst()).allSatisfy { TotalOrder.key($0) < TotalOrder.key($1) })
        #expect(TotalOrder.key(-0.0) == TotalOrder.key(0))
    }
}
