import Foundation
import JixiaoCompare

/// The sections of report.html while threads write them: their temporary files, each written by the one thread
/// that claimed it; which one comes next and how each ended, behind one lock.
final class SectionWork: @unchecked Sendable {
    let files: [TemporaryFile]
    private let lock = NSLock()
    private var next = 0
    private var outcomes: [Result<Comparison, BatchError>?]

    init(files: [TemporaryFile]) {
        self.files = files
        outcomes = Array(repeating: nil, count: files.count)
    }

    /// The next section to write, or nil when every one is taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < files.count else { return nil }
        next += 1
        return next - 1
    }

    func finish(_ index: Int, _ outcome: Result<Comparison, BatchError>) {
        lock.lock()
        outcomes[index] = outcome
        lock.unlock()
    }

    /// The comparisons in order, once every section is written; the first failure, in order, if any failed.
    func comparisons() throws(BatchError) -> [Comparison] {
        lock.lock()
        defer { lock.unlock() }
        var comparisons: [Comparison] = []
        for outcome in outcomes {
            guard let outcome else { throw BatchError("错误：report.html 的一部分没有写出（内部错误）") }
            comparisons.append(try outcome.get())
        }
        return comparisons
    }
}
