/// The pairs of groups over which between-group terms are reported.
///
/// Pairs (j, h) with j < h, in the order (0,1), (0,2), ..., (0,k-1), (1,2), ..., (k-2,k-1):
/// the order of the pair keys "A|B" of results.json, where A comes before B in the
/// configured group order (FORMATS.md).
public enum GroupPairs {
    /// All pairs j < h of `groupCount` groups, in reporting order.
    ///
    /// There are k(k-1)/2 of them; none for 0 or 1 group (or a negative count).
    /// Complexity: O(k^2).
    public static func pairs(groupCount: Int) -> [(Int, Int)] {
        guard groupCount > 1 else { return [] }
        var pairs: [(Int, Int)] = []
        pairs.reserveCapacity(groupCount * (groupCount - 1) / 2)
        for first in 0..<groupCount {
            for second in (first + 1)..<groupCount {
                pairs.append((first, second))
            }
        }
        return pairs
    }

    /// The position of the pair {first, second} in ``pairs(groupCount:)``, the two
    /// groups given in either order; nil when they are equal or outside
    /// `0..<groupCount`. O(1).
    public static func index(of first: Int, _ second: Int, groupCount: Int) -> Int? {
        let low = min(first, second)
        let high = max(first, second)
        guard low >= 0, high < groupCount, low != high else { return nil }
        // Pairs in the rows before `low`: (k-1) + (k-2) + ... + (k-low).
        let before = low * (2 * groupCount - low - 1) / 2
        return before + (high - low - 1)
    }
}
