import Dispatch

/// Maps independent work items on all cores and returns the results in input order.
///
/// Each item is computed by exactly the same code as in a serial map, so results are
/// bit-for-bit identical to the serial ones; only the schedule differs.
public enum ParallelMap {
    public static func map<Item: Sendable, Output: Sendable>(_ items: [Item],
                                                             _ transform: @Sendable (Item) -> Output) -> [Output] {
        let results = ResultSlots<Output>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.store(transform(items[index]), at: index)
        }
        return results.values()
    }
}

/// Storage written once per slot from concurrent iterations (each index by one thread).
private final class ResultSlots<Output>: @unchecked Sendable {
    private var slots: [Output?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func store(_ value: Output, at index: Int) {
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }
    func values() -> [Output] { slots.map { $0! } }  // every slot was filled by concurrentPerform
}
