import Foundation
import JixiaoExpression

/// What a rubric's checks need that no submission changes — each check's heading and how its inputs are shown,
/// and which inputs several checks share — worked out the first time a submission is scored and kept for the
/// rest of the batch.
///
/// A rubric is shared by the threads of a batch, so the first of them to need the plan makes it under a lock.
/// The rubric replaces its plan whenever the checks, facts or unit it was made from change.
final class RubricCheckPlan: Sendable {
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
        /// For each slot that is no metric, the positions in `rubric.facts` of the declarations it can be read
        /// from (the fact at its path, or the list whose field it is), so that a figure the submission lacks is
        /// told by the facts read without looking its path up; empty for a path no fact declares.
        var slotDeclarations: [[Int]]
        /// For each slot that is no metric, the positions in `rubric.facts` of the declarations at exactly its
        /// path: a figure read for one of them is read by position, its path not hashed.
        var slotFactsAtPath: [[Int]]
        /// The positions in `rubric.facts` of the declarations at each path, for ``FactStore`` to find what it
        /// read by path without a table of its own per submission.
        var factPositions: [String: [Int]]
        /// For each slot, its value when the submission lacks it (`.missing([path])`), made once.
        var slotMissing: [Value]
        /// For each check, the slot of its stated figure when the stated side is that one reference: a check
        /// whose stated figure is absent is then passed over on that slot alone.
        var statedSlots: [Int?]
        /// For each per-record check whose stated side reads one reference, a field of the record, that field's
        /// name (`total` for `row.total`): its printed precision is looked up by record, not by a path made for it.
        var statedRecordFields: [String?]
        /// For each check, its `applies_when` among ``conditions``; nil when it has none.
        var conditionOfCheck: [Int?]
        /// The distinct `applies_when` conditions of the checks (one per check set that has one): each is
        /// evaluated once per submission, not once for every check of its set.
        var conditions: [JixiaoExpression.Expression]
    }

    private let made = MadeOnce<Made>()

    /// The headings of `rubric`'s checks, in rubric order.
    func headings(of rubric: Rubric) -> [CheckHeading] {
        plan(of: rubric).headings
    }

    /// The whole plan of `rubric`'s checks.
    func plan(of rubric: Rubric) -> Made {
        made.value { Self.make(of: rubric) }
    }

    private static func make(of rubric: Rubric) -> Made {
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
        var slotPaths = [String](repeating: "", count: slotIsMetric.count)
        for (path, slot) in slotOfPath { slotPaths[slot] = path }
        let statedSlots = rubric.checks.map { check in
            check.stated.expression.soleReferencePath.flatMap { path in
                check.each.flatMap { ScoringEnvironment.field(of: path, inRecordNamed: $0.variable) } == nil ? slotOfPath[path] : nil
            }
        }
        let statedRecordFields = rubric.checks.map { check -> String? in
            let references = check.stated.expression.references
            guard let each = check.each, references.count == 1 else { return nil }
            return ScoringEnvironment.field(of: references[0].path, inRecordNamed: each.variable)
        }
        var conditions: [JixiaoExpression.Expression] = []
        var conditionOfSource: [String: Int] = [:]
        let conditionOfCheck = rubric.checks.map { check -> Int? in
            guard let condition = check.appliesWhen?.expression else { return nil }
            if let known = conditionOfSource[condition.source] { return known }
            conditionOfSource[condition.source] = conditions.count
            conditions.append(condition)
            return conditions.count - 1
        }
        var factPositions: [String: [Int]] = [:]
        factPositions.reserveCapacity(rubric.facts.count)
        // By position: binding each declaration would copy all its fields for the one read.
        for position in rubric.facts.indices { factPositions[rubric.facts[position].path, default: []].append(position) }
        let declarations = Self.declarations(of: slotPaths, isMetric: slotIsMetric, in: rubric, factPositions: factPositions)
        let plan = Made(headings: headings, inputSlots: inputSlots, referencedPaths: referencedPaths,
                        slotIsMetric: slotIsMetric,
                        slotDeclarations: declarations.all, slotFactsAtPath: declarations.atPath,
                        factPositions: factPositions,
                        slotMissing: slotPaths.map { .missing([$0]) }, statedSlots: statedSlots,
                        statedRecordFields: statedRecordFields,
                        conditionOfCheck: conditionOfCheck, conditions: conditions)
        return plan
    }

    /// For each path that is no metric, the positions in `rubric.facts` of the declarations ``FactStore`` reads
    /// it from (`all`): those at the path itself (`atPath`), then the list facts whose field it is (`list.field`).
    private static func declarations(of paths: [String], isMetric: [Bool], in rubric: Rubric,
                                     factPositions positions: [String: [Int]]) -> (all: [[Int]], atPath: [[Int]]) {
        var listPositions: [String: [Int]] = [:]
        for position in rubric.facts.indices where rubric.facts[position].kind == .list {
            listPositions[rubric.facts[position].path, default: []].append(position)
        }
        var all: [[Int]] = []
        var atPath: [[Int]] = []
        for (path, isMetric) in zip(paths, isMetric) {
            let here = isMetric ? [] : positions[path] ?? []
            var found = here
            if !isMetric, !listPositions.isEmpty, let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")),
               let lists = listPositions[String(path[..<dot])] {
                found += lists
            }
            all.append(found)
            atPath.append(here)
        }
        return (all, atPath)
    }
}
