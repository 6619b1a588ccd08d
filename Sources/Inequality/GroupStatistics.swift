/// The size and mean of each group, and the sum of its deviations from the overall mean.
///
/// n_j = number of units with group j; mu_j = (sum_{i in j} y_i) / n_j, nil when n_j = 0;
/// dev_j = sum_{i in j} (y_i - mu), which carries the digits of a small difference of
/// group means (mu_j - mu_h = dev_j / n_j - dev_h / n_h) that mu_j - mu_h would lose.
/// Sums are compensated (Neumaier). Complexity: O(n + k).
struct GroupStatistics {
    var sizes: [Int]
    var means: [Double?]
    var deviationSums: [Double]

    /// - Parameters: totals y_i and groups (validated: same length, indices in
    ///   `0..<groupCount`), and the overall mean mu.
    init(totals: [Double], groups: [Int32], groupCount: Int, mean: Double) {
        var sizes = [Int](repeating: 0, count: groupCount)
        var sums = [CompensatedSum](repeating: CompensatedSum(), count: groupCount)
        var deviations = [CompensatedSum](repeating: CompensatedSum(), count: groupCount)
        for (total, group) in zip(totals, groups) {
            let group = Int(group)
            sizes[group] += 1
            sums[group].add(total)
            deviations[group].add(total - mean)
        }
        self.sizes = sizes
        means = (0..<groupCount).map { group in
            sizes[group] > 0 ? sums[group].value / Double(sizes[group]) : nil
        }
        deviationSums = deviations.map(\.value)
    }
}
