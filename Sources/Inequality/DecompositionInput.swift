/// One year's units to decompose: their totals, their groups and the parts of each total.
///
/// Unit i has total y_i = `totals[i]`, belongs to group `groups[i]` in `0..<groupCount`
/// and has part m equal to `sources[m][i]` (and finer part f equal to
/// `finerSources[f][i]`). The caller computes each total as the plain left-to-right sum
/// of its parts in source order (METHOD.md section 8), so that exact ties in the data
/// stay exact ties; the decomposition does not sum the parts again, and checks only that
/// the source terms add up to G.
///
/// Plain arrays, no names: the caller keeps the order of groups (the order of pair keys)
/// and of sources.
public struct DecompositionInput: Sendable {
    /// y_i, one per unit. Negative values are allowed (and counted); the mean must not be.
    public var totals: [Double]
    /// The group of each unit, an index in `0..<groupCount`. A group may have no unit.
    public var groups: [Int32]
    /// The number of groups k (at least 1), including groups with no unit this year.
    public var groupCount: Int
    /// `sources[m][i]`: part m of unit i, for the source (section 8) and the two-way
    /// (section 9) decompositions, e.g. the dimension sub-scores. May be empty (no
    /// source terms); otherwise the parts of each unit should add up to its total.
    public var sources: [[Double]]
    /// `finerSources[f][i]`: a finer split of the same totals (e.g. per indicator), used
    /// for a one-way source decomposition only. May be empty.
    public var finerSources: [[Double]]

    public init(
        totals: [Double],
        groups: [Int32],
        groupCount: Int,
        sources: [[Double]] = [],
        finerSources: [[Double]] = []
    ) {
        self.totals = totals
        self.groups = groups
        self.groupCount = groupCount
        self.sources = sources
        self.finerSources = finerSources
    }

    /// Throws `.empty`, `.shapeMismatch` or `.nonFinite(index:)` (the lowest unit index
    /// with a non-finite total or part), in that order of precedence. O(n (1 + sources)).
    func validate() throws(InequalityError) {
        let count = totals.count
        guard count > 0 else { throw .empty }
        guard count <= Int(Int32.max),
              groupCount >= 1,
              groups.count == count,
              sources.allSatisfy({ $0.count == count }),
              finerSources.allSatisfy({ $0.count == count }),
              groups.allSatisfy({ $0 >= 0 && Int($0) < groupCount })
        else { throw .shapeMismatch }
        var firstNonFinite = Self.firstNonFinite(in: totals)
        for parts in sources + finerSources {
            if let index = Self.firstNonFinite(in: parts), index < (firstNonFinite ?? count) {
                firstNonFinite = index
            }
        }
        if let index = firstNonFinite { throw .nonFinite(index: index) }
    }

    private static func firstNonFinite(in values: [Double]) -> Int? {
        values.firstIndex { !$0.isFinite }
    }
}
