import Foundation

/// Maps `0..<count` on as many threads as the machine offers and returns the results in index order.
///
/// Loading a rubric reads several files (its check sets) that do not depend on each other; while the first
/// submission of a batch waits for the rubric, the other cores would otherwise sit idle.
enum ConcurrentMap {
    static func map<Value: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Value) -> [Value] {
        guard count > 1 else { return (0..<count).map(transform) }
        let results = Results<Value>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(transform(index), at: index)
        }
        return results.inOrder()
    }

    /// Each slot written once, by the thread that ran its index.
    private final class Results<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Value?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func store(_ value: Value, at index: Int) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        func inOrder() -> [Value] {
            lock.lock()
            defer { lock.unlock() }
            // concurrentPerform returns only after every iteration ran, so every slot is filled.
            return slots.map { $0! }
        }
    }
}
