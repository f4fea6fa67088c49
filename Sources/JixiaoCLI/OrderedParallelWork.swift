import Foundation

/// Runs `transform` for indices 0..<count on `jobs` threads and hands the results to `consume` on the
/// calling thread in index order.
///
/// A worker may run ahead of the consumer by at most `window` indices, so no more than `window` results
/// exist at once: memory does not grow with `count`, and a slow file only stalls the workers briefly.
enum OrderedParallelWork {
    static func run<Value: Sendable>(count: Int, jobs: Int, window: Int,
                                     transform: @escaping @Sendable (Int) -> Value,
                                     consume: (Int, Value) throws -> Void) throws {
        let queue = WorkQueue<Value>(count: count)
        // Each permit lets a worker start one index; the consumer returns it once that index is written.
        let permits = DispatchSemaphore(value: max(window, 1))
        let workers = DispatchGroup()
        for _ in 0..<max(1, min(jobs, count)) {
            DispatchQueue.global().async(group: workers) {
                while true {
                    permits.wait()
                    guard let index = queue.claim() else {
                        permits.signal() // pass the permit on, so every waiting worker wakes and stops
                        return
                    }
                    queue.deliver(transform(index), at: index)
                }
            }
        }
        do {
            for index in 0..<count {
                let value = queue.take(index)
                try consume(index, value)
                permits.signal()
            }
        } catch {
            queue.cancel()
            permits.signal()
            workers.wait()
            throw error
        }
        workers.wait()
    }

    /// The next index to claim and the finished results not yet consumed, behind one lock.
    private final class WorkQueue<Value: Sendable>: @unchecked Sendable {
        private let condition = NSCondition()
        private let count: Int
        private var next = 0
        private var cancelled = false
        private var finished: [Int: Value] = [:]

        init(count: Int) { self.count = count }

        func claim() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            guard !cancelled, next < count else { return nil }
            next += 1
            return next - 1
        }

        func deliver(_ value: Value, at index: Int) {
            condition.lock()
            finished[index] = value
            condition.broadcast()
            condition.unlock()
        }

        /// Waits until `index` is finished and removes it.
        func take(_ index: Int) -> Value {
            condition.lock()
            defer { condition.unlock() }
            while finished[index] == nil { condition.wait() }
            return finished.removeValue(forKey: index)!
        }

        func cancel() {
            condition.lock()
            cancelled = true
            condition.unlock()
        }
    }
}
