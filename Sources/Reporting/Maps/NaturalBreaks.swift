/// Fisher-Jenks natural breaks: the partition of the sorted values into k classes of
/// consecutive values with the least total within-class sum of squared deviations,
///
///     minimise  sum_c sum_{x in c} (x - mean_c)^2,
///
/// found exactly by dynamic programming (W. D. Fisher, "On grouping for maximum
/// homogeneity", *JASA* 53, 1958; G. F. Jenks, *Optimal Data Classification for
/// Choropleth Maps*, University of Kansas, 1977). With `cost[l][c]` the least sum for the
/// first l values in c classes, `cost[l][c] = min_i cost[i-1][c-1] + SSD(x_i...x_l)`,
/// where SSD of the last class is updated as it grows by one value to the left (Welford's
/// update, so no precision is lost to `sum x^2 - (sum x)^2 / n`).
///
/// Result: the upper bound of each class (its largest value), ascending; classes are
/// right-closed, (b_{c-1}, b_c], the first one including the minimum.
///
/// Complexity: O(k n^2) time and O(k n) memory for n values. Above ``exactLimit`` values
/// (3,000: about 45 million steps for 5 classes) the breaks are computed exactly on a
/// **sample**: the values at evenly spaced ranks of the sorted data (always including
/// the minimum and the maximum), as BAMMtools' `getJenksBreaks(subset:)` does; so for
/// large n they are the natural breaks of the sample, and every break is a data value.
///
/// Conventions: non-finite values are left out. With fewer distinct values than
/// classes, each distinct value is a class of its own (fewer classes). Between equally
/// good partitions the one found first wins: the one whose last class is shortest. No
/// values give no breaks (an empty array).
public enum NaturalBreaks {
    public static let exactLimit = 3_000

    public static func breaks(_ values: [Double], classes: Int) -> [Double] {
        var sorted = values.filter(\.isFinite).sorted()
        guard !sorted.isEmpty, classes >= 1 else { return [] }
        var distinct: [Double] = []
        for value in sorted where distinct.last != value { distinct.append(value) }
        if distinct.count <= classes { return distinct }
        if sorted.count > exactLimit { sorted = sample(sorted, count: exactLimit) }
        return exactBreaks(sorted, classes: classes)
    }

    /// The evenly spaced ranks of `sorted`: ranks round(i (n - 1) / (count - 1)).
    static func sample(_ sorted: [Double], count: Int) -> [Double] {
        let n = sorted.count
        return (0..<count).map { sorted[Int((Double($0) * Double(n - 1) / Double(count - 1)).rounded())] }
    }

    /// The dynamic programme on ascending values, with more distinct values than classes.
    static func exactBreaks(_ sorted: [Double], classes k: Int) -> [Double] {
        let n = sorted.count
        // Shift by the median so the squared deviations stay small.
        let shift = sorted[n / 2]
        let x = sorted.map { $0 - shift }
        // cost[c][l]: least SSD of x[0..<l] in c + 1 classes; start[c][l]: first index of the last class.
        var cost = [[Double]](repeating: [Double](repeating: .infinity, count: n + 1), count: k)
        var start = [[Int]](repeating: [Int](repeating: 0, count: n + 1), count: k)
        for l in 1...n {
            var mean = 0.0, ssd = 0.0, size = 0.0
            // The last class is x[i..<l]; grow it to the left.
            var i = l - 1
            while i >= 0 {
                size += 1
                let delta = x[i] - mean
                mean += delta / size
                ssd += delta * (x[i] - mean)
                if i == 0 {
                    cost[0][l] = ssd
                    start[0][l] = 0
                } else {
                    for c in 1..<k where c <= i {
                        let candidate = cost[c - 1][i] + ssd
                        if candidate < cost[c][l] {
                            cost[c][l] = candidate
                            start[c][l] = i
                        }
                    }
                }
                i -= 1
            }
        }
        var uppers: [Double] = []
        var l = n
        for c in stride(from: k - 1, through: 0, by: -1) {
            uppers.append(sorted[l - 1])
            l = start[c][l]
            if l == 0 { break }
        }
        return uppers.reversed()
    }

    /// The total within-class sum of squared deviations of `sorted` cut at `uppers`
    /// (right-closed): the quantity the breaks minimise.
    public static func withinSumOfSquares(_ sorted: [Double], uppers: [Double]) -> Double {
        var total = 0.0, index = 0
        for upper in uppers {
            var members: [Double] = []
            while index < sorted.count, sorted[index] <= upper {
                members.append(sorted[index])
                index += 1
            }
            guard !members.isEmpty else { continue }
            let mean = members.reduce(0, +) / Double(members.count)
            total += members.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        }
        return total
    }
}
