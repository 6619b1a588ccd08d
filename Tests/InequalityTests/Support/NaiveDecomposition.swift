import Inequality

/// The reference: every term of METHOD.md sections 6-9 written as its O(n^2) double sum
/// over ordered pairs (i, r), exactly as the formulas read. Slow and obviously right;
/// test-only.
///
/// Ties follow section 8's midpoint rule literally: for a tied pair the "part of the
/// smaller" is the mean of the two parts. Sums are compensated (a Neumaier sum of its
/// own, independent of the module's), so the reference itself is accurate to a few ulp.
struct NaiveDecomposition {
    var mean: Double
    var groupMeans: [Double?]
    var sourceMeans: [Double]
    var gini: Double
    var within: [Double]
    var between: [Double]
    var withinTotal: Double
    var betweenTotal: Double
    var groupGini: [Double?]
    var pairGini: [Double?]
    var affluence: [Double?]
    var netBetween: Double
    var transvariation: Double
    var sources: [Double]
    var finerSources: [Double]
    var twoWayWithin: [[Double]]
    var twoWayBetween: [[Double]]
    var negativeValueCount: Int

    init(_ input: DecompositionInput) {
        let totals = input.totals
        let groups = input.groups.map(Int.init)
        let groupCount = input.groupCount
        let count = totals.count
        let n = Double(count)
        let pairs = GroupPairs.pairs(groupCount: groupCount)
        let sourceCount = input.sources.count

        mean = ReferenceSum.of(totals) / n
        let sizes = (0..<groupCount).map { group in groups.filter { $0 == group }.count }
        groupMeans = (0..<groupCount).map { group in
            sizes[group] == 0 ? nil
                : ReferenceSum.of(zip(totals, groups).filter { $0.1 == group }.map(\.0)) / Double(sizes[group])
        }
        sourceMeans = input.sources.map { ReferenceSum.of($0) / n }
        negativeValueCount = totals.filter { $0 < 0 }.count

        // Pairwise sums over ordered pairs (i, r).
        var all = ReferenceSum()
        var withinSums = [ReferenceSum](repeating: ReferenceSum(), count: groupCount)
        var crossSums = [[ReferenceSum]](repeating: [ReferenceSum](repeating: ReferenceSum(), count: groupCount),
                                         count: groupCount)
        var sourceSums = [ReferenceSum](repeating: ReferenceSum(), count: sourceCount)
        var finerSums = [ReferenceSum](repeating: ReferenceSum(), count: input.finerSources.count)
        var twoWaySums = [[[ReferenceSum]]](
            repeating: [[ReferenceSum]](repeating: [ReferenceSum](repeating: ReferenceSum(), count: sourceCount),
                                        count: groupCount),
            count: groupCount)

        /// y_i^m + y_r^m - 2 y_{ir*}^m, with y_{ir*}^m the part of the smaller total, or
        /// the midpoint of the two parts for a tie (section 8).
        func sourceDifference(_ parts: [Double], _ i: Int, _ r: Int) -> Double {
            let smaller: Double
            if totals[i] < totals[r] {
                smaller = parts[i]
            } else if totals[r] < totals[i] {
                smaller = parts[r]
            } else {
                smaller = (parts[i] + parts[r]) / 2
            }
            return parts[i] + parts[r] - 2 * smaller
        }

        for i in 0..<count {
            for r in 0..<count {
                let difference = abs(totals[i] - totals[r])
                all.add(difference)
                let (gi, gr) = (groups[i], groups[r])
                if gi == gr { withinSums[gi].add(difference) } else { crossSums[gi][gr].add(difference) }
                for source in 0..<sourceCount {
                    let part = sourceDifference(input.sources[source], i, r)
                    sourceSums[source].add(part)
                    twoWaySums[gi][gr][source].add(part)
                }
                for finer in input.finerSources.indices {
                    finerSums[finer].add(sourceDifference(input.finerSources[finer], i, r))
                }
            }
        }

        // The convention of section 6: no spread, every term 0 (and no 0/0 for mu = 0).
        let hasSpread = all.value != 0
        let denominator = 2 * n * n * mean
        func term(_ doubleSum: Double) -> Double { hasSpread ? doubleSum / denominator : 0 }

        gini = term(all.value)
        within = withinSums.map { term($0.value) }
        // Gb_jh = 2 sum_{i in j, r in h} |y_i - y_r| / (2 n^2 mu): the ordered sum over
        // i in j, r in h, and over i in h, r in j, is that 2 * sum.
        between = pairs.map { j, h in term(crossSums[j][h].value + crossSums[h][j].value) }
        withinTotal = ReferenceSum.of(within)
        betweenTotal = ReferenceSum.of(between)

        let means = groupMeans
        groupGini = (0..<groupCount).map { j in
            guard let groupMean = means[j] else { return nil }
            if withinSums[j].value == 0 { return 0 }
            if groupMean == 0 { return nil }      // undefined: a zero mean with spread
            return withinSums[j].value / (2 * Double(sizes[j] * sizes[j]) * groupMean)
        }
        pairGini = pairs.map { j, h in
            guard let meanJ = means[j], let meanH = means[h] else { return nil }
            let crossSum = crossSums[j][h].value
            if crossSum == 0 { return 0 }
            if meanJ + meanH == 0 { return nil }  // undefined: a zero mean with spread
            return crossSum / (Double(sizes[j] * sizes[h]) * (meanJ + meanH))
        }
        affluence = pairs.map { j, h in
            guard let meanJ = means[j], let meanH = means[h] else { return nil }
            let delta = crossSums[j][h].value / Double(sizes[j] * sizes[h])
            if delta == 0 { return 0 }
            return abs(meanJ - meanH) / delta
        }
        let pairTerms = zip(between, affluence).map { ($0, $1 ?? 0) }
        netBetween = ReferenceSum.of(pairTerms.map { $0 * $1 })
        transvariation = ReferenceSum.of(pairTerms.map { $0 * (1 - $1) })

        sources = sourceSums.map { term($0.value) }
        finerSources = finerSums.map { term($0.value) }
        twoWayWithin = (0..<groupCount).map { j in (0..<sourceCount).map { term(twoWaySums[j][j][$0].value) } }
        twoWayBetween = pairs.map { j, h in
            (0..<sourceCount).map { term(twoWaySums[j][h][$0].value + twoWaySums[h][j][$0].value) }
        }
    }
}

/// A compensated (Neumaier) sum for the reference, written apart from the module's.
struct ReferenceSum {
    private var sum = 0.0
    private var correction = 0.0

    mutating func add(_ x: Double) {
        let t = sum + x
        correction += abs(sum) >= abs(x) ? (sum - t) + x : (x - t) + sum
        sum = t
    }

    var value: Double { sum + correction }

    static func of(_ values: [Double]) -> Double {
        var total = ReferenceSum()
        for value in values { total.add(value) }
        return total.value
    }
}
