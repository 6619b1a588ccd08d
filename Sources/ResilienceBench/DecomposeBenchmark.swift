import Foundation
import Inequality

/// `--decompose UNITS`: one cross-section of UNITS units in 4 groups whose value is the sum
/// of 3 log-normal sources (cents, a few exact zeros), decomposed in full (Gini, Dagum,
/// sources, two-way) by ``InequalityDecomposition/decompose(_:)`` on the calling task, so
/// on one core; the median wall time over repeated runs (issue 4's one-year target).
///
/// `--write-decompose-csv UNITS FILE`: the same cross-section as a CSV
/// (`unit,region,wage,business,transfer`) for the end-to-end comparison of
/// `resilience decompose` with `scripts/pandas-decompose.py` (issue 7).
enum DecomposeBenchmark {
    static let groupNames = ["East", "Central", "West", "Northeast"]
    static let sourceNames = ["wage", "business", "transfer"]

    struct CrossSection {
        var groups: [Int32]
        var sources: [[Double]]
        var totals: [Double]
    }

    /// Deterministic (SplitMix64, seed 7). Each total is the left-to-right sum of its parts.
    static func make(units: Int) -> CrossSection {
        var random = SplitMix64(seed: 7)
        var groups = [Int32](repeating: 0, count: units)
        var sources = [[Double]](repeating: [Double](repeating: 0, count: units), count: sourceNames.count)
        var totals = [Double](repeating: 0, count: units)
        let levels = [(9.5, 0.6), (8.0, 1.1), (7.0, 0.8)]  // log-mean and log-sd of each source
        for i in 0..<units {
            let group = Int(random.next() % 4)
            groups[i] = Int32(group)
            var total = 0.0
            for (s, level) in levels.enumerated() {
                let zero = s > 0 && random.next() % 10 == 0
                let value = zero ? 0 : (exp(level.0 + 0.15 * Double(group) + level.1 * random.normal()) * 100).rounded() / 100
                sources[s][i] = value
                total += value
            }
            totals[i] = total
        }
        return CrossSection(groups: groups, sources: sources, totals: totals)
    }

    static func run(units: Int, repeats: Int) {
        let data = make(units: units)
        let input = DecompositionInput(totals: data.totals, groups: data.groups, groupCount: groupNames.count,
                                       sources: data.sources)
        var times: [Double] = []
        var gini = Double.nan
        for _ in 0..<repeats {
            let clock = ContinuousClock()
            let start = clock.now
            do {
                gini = try InequalityDecomposition.decompose(input).gini
            } catch {
                print("decomposition failed: \(error)")
                return
            }
            times.append(StageBenchmark.seconds(clock.now - start))
        }
        print(String(format: "full decomposition (Gini, Dagum, 3 sources, two-way) of one year, %d units in 4 groups, one core: "
                     + "median %.3f s over %d runs (min %.3f, max %.3f); G = %.6f; peak %.0f MB",
                     units, StageBenchmark.median(times), repeats, times.min() ?? .nan, times.max() ?? .nan, gini,
                     StageBenchmark.peakMemoryMegabytes()))
    }

    static func writeCSV(units: Int, to path: String) {
        let data = make(units: units)
        do {
            let handle = try BenchFiles.create(atPath: path)
            var chunk = "unit,region," + sourceNames.joined(separator: ",") + "\n"
            for i in 0..<units {
                chunk += "H\(i),\(groupNames[Int(data.groups[i])])"
                for s in sourceNames.indices { chunk += "," + String(data.sources[s][i]) }
                chunk += "\n"
                if chunk.utf8.count > 1 << 20 {
                    try handle.write(contentsOf: Data(chunk.utf8))
                    chunk = ""
                }
            }
            try handle.write(contentsOf: Data(chunk.utf8))
            try handle.close()
            print("wrote \(path): \(units) rows, 4 groups, 3 sources (" + sourceNames.joined(separator: ",") + ")")
        } catch {
            print("cannot write \(path): \(error)")
        }
    }
}
