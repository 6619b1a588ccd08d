/// The units ordered by total, ascending, equal totals in input order: a stable LSD
/// radix sort on the totals' bit patterns (11-bit digits, a digit that every key shares
/// is skipped), O(n) passes over the units instead of a comparison sort's O(n log n)
/// comparisons through a closure.
///
/// Key: the IEEE 754 bits of a finite double mapped so that unsigned order is numeric
/// order (negative values have every bit flipped, the others the sign bit set), with
/// -0.0 read as +0.0 so that the two zeros, which compare equal, stay in input order.
/// The result is the same order as sorting by `(total, unit)`.
///
/// Complexity: O(6 n + 6 x 2048) time, O(n) extra memory.
struct TotalOrder {
    struct Entry {
        var total: Double
        var unit: Int32
        var group: Int32
    }

    static func key(_ value: Double) -> UInt64 {
        let bits = (value == 0 ? 0.0 : value).bitPattern
        return bits >> 63 == 1 ? ~bits : bits | (1 << 63)
    }

    /// `entries` sorted by total (finite), ties in their given order.
    static func sorted(_ entries: [Entry]) -> [Entry] {
        let count = entries.count
        guard count > 1 else { return entries }
        let digitBits = 11, radix = 1 << 11
        var source = entries
        var target = entries
        var counts = [Int](repeating: 0, count: radix)
        var shift = 0
        while shift < 64 {
            let mask = UInt64(radix - 1)
            let digitShift = UInt64(shift)
            var skip = false
            source.withUnsafeBufferPointer { source in
            target.withUnsafeMutableBufferPointer { target in
            counts.withUnsafeMutableBufferPointer { counts in
                for digit in 0..<radix { counts[digit] = 0 }
                for entry in source { counts[Int((key(entry.total) >> digitShift) & mask)] += 1 }
                if counts[Int((key(source[0].total) >> digitShift) & mask)] == count {
                    skip = true  // every key has this digit: the order does not change
                    return
                }
                var start = 0
                for digit in 0..<radix {
                    let size = counts[digit]
                    counts[digit] = start
                    start += size
                }
                for entry in source {
                    let digit = Int((key(entry.total) >> digitShift) & mask)
                    target[counts[digit]] = entry
                    counts[digit] += 1
                }
            }}}
            if !skip { swap(&source, &target) }
            shift += digitBits
        }
        return source
    }
}
