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
    /// Arrays of inputs already decomposed (``recycle(_:)``).
    private var spareValues: [[Double]] = []
    private var spareGroups: [[Int32]] = []

    public init() {}

    /// An array of `count` values to fill, for a decomposition input: a recycled one
    /// (old values in it) when there is one, otherwise zeros.
    public func values(count: Int) -> [Double] {
        var array = spareValues.popLast() ?? []
        array.resize(to: count, filler: 0)
        return array
    }

    /// As ``values(count:)``, for the group indices of an input.
    public func groupIndices(count: Int) -> [Int32] {
        var array = spareGroups.popLast() ?? []
        array.resize(to: count, filler: 0)
        return array
    }

    /// Keeps the arrays of an input that has been decomposed, for ``values(count:)`` and
    /// ``groupIndices(count:)``; they stay in the workspace until drawn again, so only a
    /// caller that builds its inputs from those should recycle them.
    public func recycle(_ input: consuming DecompositionInput) {
        spareValues.append(input.totals)
        spareValues.append(contentsOf: input.sources)
        spareValues.append(contentsOf: input.finerSources)
        spareGroups.append(input.groups)
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
