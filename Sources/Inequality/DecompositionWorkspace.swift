/// The large arrays of one decomposition (the sort's two entry buffers, the per-group
/// rank counts, the sorted totals) and of its input (totals, groups, parts), kept for
/// the next decomposition run in the same task: consecutive years of a large panel then
/// reuse memory that is already mapped instead of faulting in some 100 bytes per unit
/// of fresh pages every year.
///
/// Only speed depends on it: a fresh workspace and a reused one give the same results.
/// Not shareable between tasks; each task that decomposes years one after another keeps
/// its own.
public final class DecompositionWorkspace {
    var entries: [TotalOrder.Entry] = []
    var sortScratch: [TotalOrder.Entry] = []
    var byGroup: [Int32] = []
    var ascending: [Double] = []
    /// Arrays of inputs already decomposed (``recycle(_:)``), and how many arrays handed
    /// out by ``values(count:)`` and ``groupIndices(count:)`` have not come back yet.
    private var spareValues: [[Double]] = []
    private var spareGroups: [[Int32]] = []
    private var valuesLent = 0
    private var groupsLent = 0

    public init() {}

    /// An array of `count` values to fill, for a decomposition input: a recycled one
    /// (old values in it) when there is one, otherwise zeros.
    public func values(count: Int) -> [Double] {
        valuesLent += 1
        var array = spareValues.popLast() ?? []
        array.resize(to: count, filler: 0)
        return array
    }

    /// As ``values(count:)``, for the group indices of an input.
    public func groupIndices(count: Int) -> [Int32] {
        groupsLent += 1
        var array = spareGroups.popLast() ?? []
        array.resize(to: count, filler: 0)
        return array
    }

    /// Takes back the arrays of an input that has been decomposed, for the next
    /// ``values(count:)`` and ``groupIndices(count:)``: at most as many as were handed
    /// out and not yet returned, so a caller that builds its inputs otherwise makes the
    /// workspace keep nothing.
    public func recycle(_ input: consuming DecompositionInput) {
        for values in [input.totals] + input.sources + input.finerSources where valuesLent > 0 {
            spareValues.append(values)
            valuesLent -= 1
        }
        if groupsLent > 0 {
            spareGroups.append(input.groups)
            groupsLent -= 1
        }
    }

    /// The array at `buffer`, taken out of the workspace (so that it is uniquely
    /// referenced and can be written in place), resized to `count` elements (see
    /// ``Swift/Array/resize(to:filler:)``).
    func take<Element>(_ buffer: ReferenceWritableKeyPath<DecompositionWorkspace, [Element]>, count: Int,
                       filler: Element) -> [Element] {
        var array = self[keyPath: buffer]
        self[keyPath: buffer] = []
        array.resize(to: count, filler: filler)
        return array
    }
}
