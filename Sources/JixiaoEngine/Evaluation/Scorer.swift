import JixiaoExpression

/// Scores submissions against one compiled rubric. Stateless, so one scorer serves a whole batch.
public struct Scorer: Sendable {
    public let rubric: Rubric

    public init(rubric: Rubric) {
        self.rubric = rubric
    }

    /// Facts → metrics → indicators → groups → total and grade.
    public func score(_ submission: Submission) throws(DiagnosticError) -> RubricResult {
        let facts = try FactStore(rubric: rubric, submission: submission)
        try checkScoreEntries(submission)
        var environment = ScoringEnvironment(facts: facts)
        let metrics = MetricEvaluator(rubric: rubric).evaluate(into: &environment)
        let indicatorScorer = IndicatorScorer(
            rubric: rubric, environment: environment,
            manualScores: submission.manualScores[rubric.id]?.mapValues(\.value) ?? [:],
            claimedScores: submission.claimedScores[rubric.id]?.mapValues(\.value) ?? [:])
        let groups = rubric.groups.map { indicatorScorer.score($0) }
        let vetoed = groups.flatMap(\.allIndicators).contains { $0.vetoesRubric }
        let score = vetoed ? .zero : groups.reduce(Rational.zero) { $0 + $1.score }
        let maxApplicable = groups.reduce(Rational.zero) { $0 + $1.maxApplicable }
        let grade = maxApplicable > .zero ? rubric.grades.grade(forShare: score.divided(by: maxApplicable)!) : nil
        let claims = groups.flatMap(\.allIndicators).compactMap(\.claimedScore)
        return RubricResult(
            rubric: .init(id: rubric.id, version: rubric.version, title: rubric.title, totalPoints: rubric.total,
                          file: rubric.file, sha256: rubric.sha256, description: rubric.description),
            score: score, maxApplicable: maxApplicable, grade: grade, vetoed: vetoed, groups: groups, metrics: metrics,
            claimedTotal: claims.isEmpty ? nil : claims.reduce(.zero, +))
    }

    /// Manual and claimed scores must name indicators of this rubric.
    private func checkScoreEntries(_ submission: Submission) throws(DiagnosticError) {
        let ids = rubric.groups.flatMap(\.allIndicatorIds)
        var diagnostics: [Diagnostic] = []
        for (field, table) in [("manual_scores", submission.manualScores), ("claimed_scores", submission.claimedScores)] {
            for (indicatorId, entry) in table[rubric.id] ?? [:] where !ids.contains(indicatorId) {
                diagnostics.append(Diagnostic(location: entry.location, path: "\(field).\(rubric.id).\(indicatorId)",
                                              message: "规则“\(rubric.id)”中没有指标“\(indicatorId)”",
                                              hint: Suggestion.didYouMean(indicatorId, among: ids)))
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
    }
}

extension Group {
    var allIndicatorIds: [String] { indicators.map(\.id) + groups.flatMap(\.allIndicatorIds) }
}
