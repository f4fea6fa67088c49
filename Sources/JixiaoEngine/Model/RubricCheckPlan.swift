import Foundation

/// What a rubric's checks need that no submission changes — each check's heading and how its inputs are shown —
/// worked out the first time a submission is scored and kept for the rest of the batch.
///
/// A rubric is shared by the threads of a batch, so the first of them to need the plan makes it under a lock.
/// The rubric replaces its plan whenever the checks, facts or unit it was made from change.
final class RubricCheckPlan: @unchecked Sendable {
    private let lock = NSLock()
    private var headings: [CheckHeading]?

    /// The headings of `rubric`'s checks, in rubric order.
    func headings(of rubric: Rubric) -> [CheckHeading] {
        lock.lock()
        defer { lock.unlock() }
        if let headings { return headings }
        let made = rubric.checks.map { $0.heading(in: rubric) }
        headings = made
        return made
    }
}
