import JixiaoExpression

/// Scores submissions against one compiled rubric. Stateless, so one scorer serves a whole batch.
public struct Scorer: Sendable {
    public let rubric: Rubric

    public init(rubric: Rubric) {
        self.rubric = rubric
    }

    /// Facts → metrics → indicators → groups → total and grade.
    public func score(_ submission: Submission) throws(DiagnosticError) -> RubricResult {
        try score(submission, figures: nil, tree: SubmissionTree(submission: submission))
    }

    /// - Parameters:
    ///   - figures: the submission's figures when already listed for another rubric.
    ///   - tree: the submission's tree, indexed once for all the rubrics it is scored with.
    func score(_ submission: Submission, figures: FigurePathTable?, tree: SubmissionTree) throws(DiagnosticError) -> RubricResult {
        let entryProblems = scoreEntryProblems(submission)
        let facts: FactStore
        do {
            facts = try FactStore(rubric: rubric, submission: submission, tree: tree)
        } catch {
            throw DiagnosticError(error.diagnostics + entryProblems)
        }
        if !entryProblems.isEmpty { throw DiagnosticError(entryProblems) }
        var environment = ScoringEnvironment(facts: facts)
        let metrics = MetricEvaluator(rubric: rubric).evaluate(into: &environment)
        let checkEvaluator = CheckEvaluator(rubric: rubric, tree: tree)
        // The relations every statement states by itself run under every rubric, after the rubric's own checks.
        let statementChecks = rubric.statementChecks ? StatementChecker().check(submission.statements) : []
        let (rubricChecks, checkHeadings) = checkEvaluator.evaluate(in: environment)
        let checks = rubricChecks + statementChecks
        let indicatorScorer = IndicatorScorer(
            rubric: rubric, environment: environment, checks: checks,
            manualScores: submission.manualScores[rubric.id]?.mapValues(\.value) ?? [:],
            claimedScores: submission.claimedScores[rubric.id]?.mapValues(\.value) ?? [:])
        let groups = indicatorScorer.scoreGroups()
        let vetoed = groups.contains { $0.containsIndicator { $0.vetoesRubric } }
        let score = vetoed ? .zero : groups.reduce(Rational.zero) { $0 + $1.score }
        let maxApplicable = groups.reduce(Rational.zero) { $0 + $1.maxApplicable }
        let enoughScored = maxApplicable > .zero && maxApplicable >= rubric.total * rubric.policy.gradeRequires
        let grade = enoughScored ? rubric.grades.grade(forShare: score.divided(by: maxApplicable)!) : nil
        let findings = FindingEvaluator(rubric: rubric, submission: submission)
            .evaluate(environment: environment, groups: groups, checks: checks)
        // The claimed indicators' claims and computed scores, read in one walk without copying the indicators.
        var claims: [Rational] = [], claimedScores: [Rational] = []
        for group in groups {
            group.forEachIndicator { indicator in
                guard let claim = indicator.claimedScore else { return }
                claims.append(claim)
                if let score = indicator.score { claimedScores.append(score) }
            }
        }
        var result = RubricResult(
            rubric: .init(id: rubric.id, version: rubric.version, title: rubric.title, totalPoints: rubric.total,
                          file: rubric.file, sha256: rubric.sha256, description: rubric.description,
                          gradeRequires: rubric.policy.gradeRequires, checksOnly: rubric.isChecksOnly,
                          checksFigures: !rubric.checks.isEmpty || rubric.statementChecks,
                          assessment: rubric.isAssessment),
            score: score, maxApplicable: maxApplicable, grade: grade, vetoed: vetoed, groups: groups, metrics: metrics,
            checks: checks, skippedCheckSets: checkEvaluator.skippedSets(in: environment), findings: findings,
            claimedTotal: claims.isEmpty ? nil : claims.reduce(.zero, +),
            claimedIndicatorsScore: claims.isEmpty ? nil : claimedScores.reduce(.zero, +),
            claimedCount: claims.count)
        result.checkHeadings = checkHeadings
        result.coverage = FigureCoverageCounter(submission: submission, knownFigures: figures)
            .coverage(of: checks)
        result.missingRequired = facts.missingRequired.map { fact, nearMiss in
            "\(fact.label)（\(fact.path)）" + (nearMiss.map { "，提交文件中有相近的“\($0)”，是否拼写有误？" } ?? "")
        }
        return result
    }

    /// Manual and claimed scores must name indicators of this rubric; manual ones only `manual` indicators, within their points.
    private func scoreEntryProblems(_ submission: Submission) -> [Diagnostic] {
        // Most submissions give no scores of their own for a rubric: nothing to check, no indicators listed.
        guard submission.manualScores[rubric.id]?.isEmpty == false || submission.claimedScores[rubric.id]?.isEmpty == false
        else { return [] }
        let indicators = rubric.groups.flatMap(\.allIndicators)
        let ids = indicators.map(\.id)
        var diagnostics: [Diagnostic] = []
        for (indicatorId, entry) in submission.manualScores[rubric.id] ?? [:] {
            guard let indicator = indicators.first(where: { $0.id == indicatorId }) else { continue }
            let path = "manual_scores.\(rubric.id).\(indicatorId)"
            if !(indicator.method is ManualMethod) {
                diagnostics.append(Diagnostic(location: entry.location, path: path,
                                              message: "指标“\(indicatorId)”按“\(indicator.methodTitle)”计分，不接受人工评分"))
            } else if entry.value < .zero || entry.value > indicator.points {
                diagnostics.append(Diagnostic(location: entry.location, path: path,
                                              message: "人工评分 \(NumberFormat.score(entry.value)) 超出该指标分值 0–\(NumberFormat.score(indicator.points))"))
            }
        }
        let manualIds = indicators.filter { $0.method is ManualMethod }.map(\.id)
        for (field, table, candidates) in [("manual_scores", submission.manualScores, manualIds),
                                           ("claimed_scores", submission.claimedScores, ids)] {
            for (indicatorId, entry) in table[rubric.id] ?? [:] where !ids.contains(indicatorId) {
                diagnostics.append(Diagnostic(location: entry.location, path: "\(field).\(rubric.id).\(indicatorId)",
                                              message: "规则“\(rubric.id)”中没有指标“\(indicatorId)”",
                                              hint: Suggestion.didYouMean(indicatorId, among: candidates)))
            }
        }
        return diagnostics.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }
}

extension Group {
    /// Every indicator in this group and its subgroups, depth first.
    public var allIndicators: [Indicator] { indicators + groups.flatMap(\.allIndicators) }
}
