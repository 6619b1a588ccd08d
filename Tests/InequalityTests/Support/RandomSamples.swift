import Foundation
import Inequality

/// Seeded random inputs that reach every convention of METHOD.md sections 6-9.
///
/// Kinds, chosen by the seed:
/// - dyadic (60%): parts are multiples of 1/4 in [0, 3], so many totals tie exactly with
///   different parts, and every sum is exact in binary (ties stay ties in any order);
/// - dyadic with negative parts (10%): multiples of 1/4 in [-2, 3], mean kept > 0;
/// - continuous (20%): exponential parts with 53 random bits, no ties, no exact sums;
/// - equal totals (10%): every unit has the same total, split into different parts.
///
/// Sizes: 2...200 units (skewed towards small, so thousands of O(n^2) references stay
/// fast), 1...5 groups, 1...4 sources; finer sources (each source split in two) or none.
/// Some samples leave a group empty, some force a group of one unit.
enum RandomSamples {
    enum Kind: CaseIterable { case dyadic, dyadicWithNegativeParts, continuous, equalTotals }

    static func input(seed: UInt64) -> DecompositionInput {
        var random = SplitMix64(seed: seed)
        let kind: Kind = switch Int.random(in: 0..<10, using: &random) {
        case 0..<6: .dyadic
        case 6: .dyadicWithNegativeParts
        case 7..<9: .continuous
        default: .equalTotals
        }
        let spread = Double.random(in: 0..<1, using: &random)
        let count = 2 + Int(198 * spread * spread)
        let groupCount = Int.random(in: 1...5, using: &random)
        let sourceCount = Int.random(in: 1...4, using: &random)
        let groups = groupAssignment(count: count, groupCount: groupCount, using: &random)

        while true {
            var sources = [[Double]](repeating: [Double](repeating: 0, count: count), count: sourceCount)
            let equalTotal = Double(Int.random(in: 1...40, using: &random)) / 4
            for unit in 0..<count {
                var partsSoFar = 0.0
                for source in 0..<sourceCount {
                    let part: Double
                    switch kind {
                    case .dyadic: part = quarter(in: 0...12, using: &random)
                    case .dyadicWithNegativeParts: part = quarter(in: -8...12, using: &random)
                    case .continuous: part = -log(Double.random(in: Double.ulpOfOne..<1, using: &random))
                    case .equalTotals:
                        part = source == sourceCount - 1
                            ? equalTotal - partsSoFar           // exact: all dyadic
                            : quarter(in: -8...12, using: &random)
                    }
                    sources[source][unit] = part
                    partsSoFar += part
                }
            }
            let totals = (0..<count).map { unit in
                sources.reduce(0.0) { $0 + $1[unit] }           // left to right, in source order
            }
            guard totals.reduce(0, +) > 0 else { continue }       // the mean must be positive
            let finerSources = Bool.random(using: &random)
                ? []
                : sources.flatMap { parts in split(parts, dyadic: kind != .continuous, using: &random) }
            return DecompositionInput(totals: totals, groups: groups, groupCount: groupCount,
                                      sources: sources, finerSources: finerSources)
        }
    }

    /// Group labels in 0..<groupCount; with probability 1/3 one group is left empty, and
    /// with probability 1/3 one group gets exactly one unit.
    private static func groupAssignment(count: Int, groupCount: Int,
                                        using random: inout SplitMix64) -> [Int32] {
        var used = Array(0..<groupCount)
        if groupCount > 1, Int.random(in: 0..<3, using: &random) == 0 {
            used.remove(at: Int.random(in: 0..<used.count, using: &random))
        }
        var groups = (0..<count).map { _ in Int32(used.randomElement(using: &random)!) }
        if used.count > 1, Int.random(in: 0..<3, using: &random) == 0 {
            let single = Int32(used[0])
            let others = used.dropFirst().map(Int32.init)
            groups = groups.map { $0 == single ? others.randomElement(using: &random)! : $0 }
            groups[Int.random(in: 0..<count, using: &random)] = single
        }
        return groups
    }

    /// Each part split in two finer parts a and part - a (exact for dyadic parts).
    private static func split(_ parts: [Double], dyadic: Bool,
                              using random: inout SplitMix64) -> [[Double]] {
        let first = parts.map { part in
            dyadic ? quarter(in: -4...8, using: &random) : part * Double.random(in: 0..<1, using: &random)
        }
        return [first, zip(parts, first).map { $0 - $1 }]
    }

    private static func quarter(in range: ClosedRange<Int>, using random: inout SplitMix64) -> Double {
        Double(Int.random(in: range, using: &random)) / 4
    }
}
