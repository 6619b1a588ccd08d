/// Sums of values weighted by their units' signed rank counts: the numerators of every
/// group, source and two-way term.
///
/// For numbers x_i (the totals, or one part of them) and the counts c_i^h = L_i^h - H_i^h
/// of ``SignedRankCounts``:
///
///     byGroupPair[j * k + h] = sum_{i in group j} x_i c_i^h
///     overall                = sum_i x_i (L_i - H_i)
///
/// so that (METHOD.md sections 7-9, with x = y)
/// sum_{i,r in j} |y_i - y_r| = 2 byGroupPair[j,j] and
/// sum_{i in j, r in h} |y_i - y_r| = byGroupPair[j,h] + byGroupPair[h,j].
///
/// Centring: because sum_{i in j} c_i^j = 0, sum_i (L_i - H_i) = 0 and
/// sum_{i in j} c_i^h + sum_{r in h} c_r^j = 0, subtracting any constant `shift` from
/// every x_i changes none of these combinations (only the unused asymmetric halves
/// byGroupPair[j,h], j != h). The callers pass the mean of x, which removes the common
/// part of the values before the products are rounded. The sums are compensated
/// (Neumaier). Complexity: O(n k) for `byGroupPair`, O(n) for `overall`; one
/// sequential pass over the units in input order.
enum RankWeightedSums {
    /// `[j * k + h]` = sum_{i in group j} (x_i - shift) (L_i^h - H_i^h).
    static func byGroupPair(
        of values: [Double], shift: Double, groups: [Int32], counts: SignedRankCounts
    ) -> [Double] {
        let groupCount = counts.groupCount
        var sums = [CompensatedSum](repeating: CompensatedSum(), count: groupCount * groupCount)
        values.withUnsafeBufferPointer { values in
        groups.withUnsafeBufferPointer { groups in
        counts.byGroup.withUnsafeBufferPointer { rows in
        sums.withUnsafeMutableBufferPointer { sums in
            for unit in 0..<values.count {
                let deviation = values[unit] - shift
                let row = unit * groupCount
                let target = Int(groups[unit]) * groupCount
                for group in 0..<groupCount {
                    sums[target + group].add(deviation * Double(rows[row + group]))
                }
            }
        }}}}
        return sums.map(\.value)
    }

    /// sum_i (x_i - shift) (L_i - H_i).
    static func overall(of values: [Double], shift: Double, counts: SignedRankCounts) -> Double {
        var sum = CompensatedSum()
        values.withUnsafeBufferPointer { values in
        counts.overall.withUnsafeBufferPointer { differences in
            for unit in 0..<values.count {
                sum.add((values[unit] - shift) * Double(differences[unit]))
            }
        }}
        return sum.value
    }
}
