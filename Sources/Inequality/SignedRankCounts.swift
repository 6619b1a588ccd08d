/// For every unit, how many units have a smaller total minus how many have a larger one,
/// overall and within each group: the integer weights of every fast form.
///
/// With L_i^h (H_i^h) the number of units of group h whose total is strictly smaller
/// (larger) than y_i, and L_i = sum_h L_i^h, H_i = sum_h H_i^h:
///
///     byGroup[i * k + h] = L_i^h - H_i^h,     overall[i] = L_i - H_i.
///
/// Every sum of absolute differences then becomes a sum of one value per unit:
/// for any numbers x_i (a total or a part),
///
///     sum over pairs {i in A, r in B} with y_i != y_r of (x_of_larger - x_of_smaller)
///       = sum_{i in A} x_i (L_i^B - H_i^B) + sum_{r in B} x_r (L_r^A - H_r^A),
///
/// and a tied pair (y_i = y_r) is counted in neither L nor H, so it adds nothing: this is
/// exactly METHOD.md section 8's midpoint rule for ties, whatever the row order.
///
/// Built from one sort of the units by total (``TotalOrder``, a radix sort) and one sweep over blocks of equal totals
/// with running per-group counts. Complexity: O(n log n + n k) time, O(n k) memory
/// (32-bit counts, so at most `Int32.max` units).
struct SignedRankCounts {
    /// k, the number of groups.
    let groupCount: Int
    /// `byGroup[i * groupCount + h]` = L_i^h - H_i^h, indexed by the unit's input position.
    let byGroup: [Int32]
    /// `overall[i]` = L_i - H_i, indexed by the unit's input position.
    let overall: [Int32]
    /// The totals sorted ascending, for the Gini fast form.
    let ascendingTotals: [Double]

    /// - Parameters:
    ///   - totals: y_i, all finite (validated by the caller).
    ///   - groups: the group of each unit, in `0..<groupSizes.count`.
    ///   - groupSizes: n_h, the number of units in each group.
    ///   - workspace: where the sort buffers and the arrays of these counts come from
    ///     (``recycle(into:)`` gives them back).
    init(totals: [Double], groups: [Int32], groupSizes: [Int], workspace: DecompositionWorkspace) {
        let unitCount = totals.count
        let groupCount = groupSizes.count
        self.groupCount = groupCount

        var entries = workspace.take(\.entries, count: unitCount, filler: .blank)
        totals.withUnsafeBufferPointer { totals in
        groups.withUnsafeBufferPointer { groups in
        entries.withUnsafeMutableBufferPointer { entries in
            for unit in 0..<unitCount {
                entries[unit] = TotalOrder.Entry(total: totals[unit], unit: Int32(unit), group: groups[unit])
            }
        }}}
        // Equal totals are ordered by input position only to make the run deterministic;
        // the counts below do not depend on the order within a block of equal totals.
        var scratch = workspace.take(\.sortScratch, count: unitCount, filler: .blank)
        var order = TotalOrder.sorted(consume entries, scratch: &scratch)

        // Every element of these is written below.
        var byGroup = workspace.take(\.byGroup, count: unitCount * groupCount, filler: 0)
        var overall = [Int32](repeating: 0, count: unitCount)
        var ascending = workspace.take(\.ascending, count: unitCount, filler: 0)
        // below[h]: units of group h in the blocks already swept (smaller totals);
        // inBlock[h]: units of group h in the current block of equal totals.
        var below = [Int](repeating: 0, count: groupCount)
        var inBlock = [Int](repeating: 0, count: groupCount)

        order.withUnsafeBufferPointer { order in
        byGroup.withUnsafeMutableBufferPointer { byGroup in
        overall.withUnsafeMutableBufferPointer { overall in
        ascending.withUnsafeMutableBufferPointer { ascending in
        below.withUnsafeMutableBufferPointer { below in
        inBlock.withUnsafeMutableBufferPointer { inBlock in
            var start = 0
            while start < unitCount {
                let value = order[start].total
                var end = start + 1
                while end < unitCount && order[end].total == value { end += 1 }
                for position in start..<end {
                    inBlock[Int(order[position].group)] += 1
                    ascending[position] = order[position].total
                }
                // L - H = start - (unitCount - end) for every unit of the block.
                let overallDifference = Int32(start + end - unitCount)
                for position in start..<end {
                    let unit = Int(order[position].unit)
                    overall[unit] = overallDifference
                    let row = unit * groupCount
                    for group in 0..<groupCount {
                        // L^h = below[h]; H^h = n_h - below[h] - inBlock[h].
                        byGroup[row + group] = Int32(2 * below[group] + inBlock[group] - groupSizes[group])
                    }
                }
                for position in start..<end {
                    let group = Int(order[position].group)
                    below[group] += inBlock[group]
                    inBlock[group] = 0
                }
                start = end
            }
        }}}}}}

        self.byGroup = byGroup
        self.overall = overall
        self.ascendingTotals = ascending
        // Both sort buffers go back for the next sort: `order` as the entries to refill.
        swap(&workspace.entries, &order)
        swap(&workspace.sortScratch, &scratch)
    }

    /// Gives the per-group counts and the sorted totals back to `workspace`, for the
    /// next year's counts; `overall` stays with its user.
    consuming func recycle(into workspace: DecompositionWorkspace) {
        let byGroup = self.byGroup, ascending = ascendingTotals
        _ = consume self
        workspace.byGroup = byGroup
        workspace.ascending = ascending
    }
}
