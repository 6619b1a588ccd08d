import Foundation

/// Maps independent work items on all cores with structured concurrency (a task group
/// with at most one task per core running) and returns the results in input order.
///
/// Each item is computed by exactly the same code as in a serial map, so results are
/// bit-for-bit identical to the serial ones; only the schedule differs.
public enum ParallelMap {
    public static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], maximumConcurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
        _ transform: @escaping @Sendable (Item) -> Output
    ) async -> [Output] {
        var results = [Output?](repeating: nil, count: items.count)
        await withTaskGroup(of: (Int, Output).self) { group in
            var next = 0
            func launch() {
                let index = next
                let item = items[index]
                group.addTask { (index, transform(item)) }
                next += 1
            }
            while next < min(items.count, max(1, maximumConcurrency)) { launch() }
            while let (index, output) = await group.next() {
                results[index] = output
                if next < items.count { launch() }
            }
        }
        return results.map { $0! }  // every index was filled by the group above
    }
}
