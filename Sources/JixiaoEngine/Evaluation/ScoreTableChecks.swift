import JixiaoExpression
import JixiaoYAML

/// Scores a submission writes by rubric id (`manual_scores`, `claimed_scores`): a rubric id that matches
/// no rubric would drop its scores silently, and a claimed score outside 0…points cannot be meant.
enum ScoreTableChecks {
    /// `scored` are the rubrics the submission was scored against; `named` the ids in its `rubrics:`.
    static func problems(_ submission: Submission, scored: [Rubric], named: [String]) -> [Diagnostic] {
        // Most submissions give no scores of their own: nothing to check, and no rubric's indicators listed.
        guard !submission.manualScores.isEmpty || !submission.claimedScores.isEmpty else { return [] }
        let known = Set(scored.map(\.id) + named.filter { !RubricCatalog.isPath($0) })
        var diagnostics: [Diagnostic] = []
        for (field, table) in [("manual_scores", submission.manualScores), ("claimed_scores", submission.claimedScores)] {
            for (rubricId, entries) in table.sorted(by: { $0.key < $1.key }) where !known.contains(rubricId) {
                let first = entries.values.map(\.location).min { ($0.line, $0.column) < ($1.line, $1.column) }
                diagnostics.append(Diagnostic(
                    location: first ?? SourceLocation(file: submission.file, line: 1, column: 1),
                    path: "\(field).\(rubricId)",
                    message: "“\(rubricId)”不是本次评分所用的规则，其下 \(entries.count) 项评分不会被使用",
                    hint: Suggestion.didYouMean(rubricId, among: known.sorted())))
            }
        }
        for rubric in scored {
            guard let claimed = submission.claimedScores[rubric.id], !claimed.isEmpty else { continue }
            let points = Dictionary(rubric.groups.flatMap(\.allIndicators).map { ($0.id, $0.points) }) { first, _ in first }
            for (indicatorId, entry) in claimed.sorted(by: { $0.key < $1.key }) {
                guard let maximum = points[indicatorId], entry.value < .zero || entry.value > maximum else { continue }
                diagnostics.append(Diagnostic(
                    location: entry.location, path: "claimed_scores.\(rubric.id).\(indicatorId)",
                    message: "自评分 \(NumberFormat.score(entry.value)) 超出该指标分值 0–\(NumberFormat.score(maximum))"))
            }
        }
        return diagnostics
    }
}
