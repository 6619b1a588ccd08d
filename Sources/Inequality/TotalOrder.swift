/// The units ordered by total, ascending, equal totals in input order: a stable LSD
/// radix sort on the totals' bit patterns (11-bit digits, a digit that every key shares
/// is skipped), O(n) passes over the units instead of a comparison sort's O(n log n)
/// comparisons through a closure.
///
/// Key: the IEEE 754 bits of a finite double mapped so that unsigned order is numeric
/// order (negative values have every bit flipped, the others the sign bit set), with
/// -0.0 read as +0.0 so that the two zeros, which compare equal, stay in input order;
/// then the smallest key is subtracted, so that totals within a few binades of each
/// other (composite scores in [0.05, 1]: a range under 2^55) need five digits, not six.
/// The result is the same order as sorting by `(total, unit)`.
///
/// Complexity: one pass for the smallest and largest totals, one for the histograms of
/// all digits, then one scatter pass per digit that the keys do not all share:
/// O(n + 6 x 2048) time, O(n) extra memory (a scratch buffer that the caller can keep
/// for the next sort).
struct TotalOrder {
    struct Entry {
        var total: Double
        var unit: Int32
        var group: Int32

        /// The filler of a new buffer, overwritten before it is read.
        static let blank = Entry(total: 0, unit: 0, group: 0)
    }

    static func key(_ value: Double) -> UInt64 {
        let bits = (value == 0 ? 0.0 : value).bitPattern
        return bits >> 63 == 1 ? ~bits : bits | (1 << 63)
    }

    /// `entries` sorted by total (finite), ties in their given order.
    static func sorted(_ entries: consuming [Entry]) -> [Entry] {
        var scratch: [Entry] = []
        return sorted(entries, scratch: &scratch)
    }

    /// As ``sorted(_:)``, scattering into `scratch` (resized as needed) and leaving in it
    /// whichever buffer does not hold the result, for the caller to reuse.
    static func sorted(_ entries: consuming [Entry], scratch: inout [Entry]) -> [Entry] {
        let count = entries.count
        guard count > 1 else { return entries }
        // The keys relative to the smallest one; their range sets the number of digits.
        var smallest = entries[0].total, largest = smallest
        entries.withUnsafeBufferPointer { entries in
            for entry in entries {
                smallest = min(smallest, entry.total)
                largest = max(largest, entry.total)
            }
        }
        let keyBase = key(smallest)
        let keyRange = key(largest) - keyBase
        let digitBits = 11, radix = 1 << digitBits
        let digitCount = (UInt64.bitWidth - keyRange.leadingZeroBitCount + digitBits - 1) / digitBits
        guard digitCount > 0 else { return entries }  // all totals equal: already in order
        let mask = UInt64(radix - 1)
        func relativeKey(_ entry: Entry) -> UInt64 { key(entry.total) &- keyBase }
        // The histograms of all digits, in one pass over the keys.
        var counts = [Int](repeating: 0, count: radix * digitCount)
        counts.withUnsafeMutableBufferPointer { counts in
            entries.withUnsafeBufferPointer { entries in
                for entry in entries {
                    let key = relativeKey(entry)
                    for digit in 0..<digitCount {
                        counts[digit * radix + Int((key >> UInt64(digit * digitBits)) & mask)] += 1
                    }
                }
            }
        }
        let firstKey = relativeKey(entries[0])
        var source = entries  // the caller's array, moved in
        var target: [Entry] = []
        swap(&target, &scratch)
        target.resize(to: count, filler: .blank)
        for digit in 0..<digitCount {
            let digitShift = UInt64(digit * digitBits)
            let base = digit * radix
            // Every key has the same digit here: this pass would not change the order.
            if counts[base + Int((firstKey >> digitShift) & mask)] == count { continue }
            source.withUnsafeBufferPointer { source in
            target.withUnsafeMutableBufferPointer { target in
            counts.withUnsafeMutableBufferPointer { counts in
                var start = 0
                for bucket in base..<(base + radix) {
                    let size = counts[bucket]
                    counts[bucket] = start
                    start += size
                }
                for entry in source {
                    let bucket = base + Int((relativeKey(entry) >> digitShift) & mask)
                    target[counts[bucket]] = entry
                    counts[bucket] += 1
                }
            }}}
            swap(&source, &target)
        }
        scratch = target
        return source
    }
}
