import Foundation

/// What a rubric's checks need that no submission changes — each check's heading and how its inputs are shown,
/// and which inputs several checks share — worked out the first time a submission is scored and kept for the
/// rest of the batch.
///
/// A rubric is shared by the threads of a batch, so the first of them to need the plan makes it under a lock.
/// The rubric replaces its plan whenever the checks, facts or unit it was made from change.
final class RubricCheckPlan: @unchecked Sendable {
    /// The parts of the plan, made together.
    struct Made {
        /// The headings of the rubric's checks, in rubric order.
        var headings: [CheckHeading]
        /// For each check, the figure slot of each of its heading's `inputPaths`: one number per distinct path
        /// across the rubric's checks, so a figure several checks read is looked up once per submission.
        /// A per-record check's own fields (`item.amount`) have none: they are read from each record.
        var inputSlots: [[Int?]]
        /// For each check, the paths of its stated then computed references, in source order with repeats:
        /// the figures a result covers, before a per-record check's fields are put in their record.
        var referencedPaths: [[String]]
        /// For each slot, whether its path is one of the rubric's metrics (which are read before facts);
        /// any other is read straight from the submission's facts.
        var slotIsMetric: [Bool]
    }

    private let lock = NSLock()
    private var made: Made?

    /// The headings of `rubric`'s checks, in rubric order.
    func headings(of rubric: Rubric) -> [CheckHeading] {
        plan(of: rubric).headings
    }

    /// The whole plan of `rubric`'s checks.
    func plan(of rubric: Rubric) -> Made {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let headings = rubric.checks.map { $0.heading(in: rubric) }
        let metricIds = Set(rubric.metrics.map(\.id))
        var slotOfPath: [String: Int] = [:]
        var slotIsMetric: [Bool] = []
        let inputSlots = zip(rubric.checks, headings).map { check, heading in
            heading.inputPaths.map { path -> Int? in
                if let each = check.each, ScoringEnvironment.field(of: path, inRecordNamed: each.variable) != nil {
                    return nil
                }
                if let slot = slotOfPath[path] { return slot }
                slotOfPath[path] = slotIsMetric.count
                slotIsMetric.append(metricIds.contains(path))
                return slotIsMetric.count - 1
            }
        }
        let referencedPaths = rubric.checks.map { check in
            (check.stated.expression.references + check.computed.expression.references).map(\.path)
        }
        let plan = Made(headings: headings, inputSlots: inputSlots, referencedPaths: referencedPaths,
                        slotIsMetric: slotIsMetric)
        made = plan
        return plan
    }
}
