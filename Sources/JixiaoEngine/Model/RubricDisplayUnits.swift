import Foundation

/// How the inputs of a rubric's indicators are shown — ``ReferenceResolver/displayUnit(of:)`` of each method
/// expression and applicability condition — worked out the first time a submission is scored and kept for the
/// rest of the batch: it depends on the expression and the rubric only, and every indicator asks it for every
/// submission.
///
/// A rubric is shared by the threads of a batch, so the first of them to need the table makes it under a lock.
/// The rubric replaces it whenever what it is made from (groups, facts, metrics, unit) changes.
final class RubricDisplayUnits: @unchecked Sendable {
    typealias Shown = (unit: DisplayUnit, places: Int)

    private let lock = NSLock()
    private var made: [String: Shown]?

    /// How `expression` is shown under `rubric`: from the table when it is one of the rubric's indicator
    /// expressions, else worked out now.
    func displayUnit(of expression: SourcedExpression, in rubric: Rubric) -> Shown {
        table(of: rubric)[expression.source] ?? ReferenceResolver(rubric: rubric).displayUnit(of: expression)
    }

    /// Keyed by source text: the display unit depends on nothing else of an expression.
    private func table(of rubric: Rubric) -> [String: Shown] {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let resolver = ReferenceResolver(rubric: rubric)
        var table: [String: Shown] = [:]
        func add(_ group: Group) {
            group.groups.forEach(add)
            for indicator in group.indicators {
                for expression in indicator.method.expressions + (indicator.applicable.map { [$0] } ?? [])
                where table[expression.source] == nil {
                    table[expression.source] = resolver.displayUnit(of: expression)
                }
            }
        }
        rubric.groups.forEach(add)
        made = table
        return table
    }
}
