import JixiaoExpression
import Mustache

/// Decides which findings fire for a submission and fills their templates with its figures.
struct FindingEvaluator {
    let rubric: Rubric
    let submission: Submission

    /// The findings that fire for the indicators scored in `groups` and the `checks`.
    func evaluate(environment: ScoringEnvironment, groups: [GroupResult],
                  checks: [CheckResult]) -> [FindingResult] {
        let plan = rubric.scoringPlan.plan(of: rubric)
        let base = TemplateContext(rubric: rubric, submission: submission, environment: environment,
                                   checkLabels: plan.checkLabels)
        var results: [FindingResult] = []
        // Each finding is read through its plan: a finding copied out of the rubric's list retained every one of
        // its strings and templates.
        for findingPlan in plan.findings {
            evaluate(findingPlan, base: base, environment: environment, groups: groups, checks: checks, into: &results)
        }
        return results
    }

    /// Adds the results of the plan's finding, once for each time it fires, to `results`.
    private func evaluate(_ findingPlan: RubricScoringPlan.FindingPlan, base: TemplateContext,
                          environment: ScoringEnvironment, groups: [GroupResult], checks: [CheckResult],
                          into results: inout [FindingResult]) {
        let finding = findingPlan.finding
        // Points lost on the finding's indicators, read only once it fires, and once for all the times it fires
        // (once per mismatch or record).
        var knownStake: [String: Rational]?
        func stake() -> [String: Rational] {
            if let knownStake { return knownStake }
            var stake: [String: Rational] = [:]
            for (id, location) in zip(finding.indicators, findingPlan.stakes) where stake[id] == nil {
                stake[id] = max(location?.pointsLost(in: groups) ?? .zero, .zero)
            }
            knownStake = stake
            return stake
        }
        switch finding.trigger {
        case .pointsLost:
            guard findingPlan.triggers.contains(where: { ($0?.pointsLost(in: groups) ?? .zero) > .zero }) else { return }
            results.append(fill(finding, context: base, stake: stake(), suffix: nil))
        case .checkMismatches(let severity):
            for check in checks where check.verdict == .mismatch && check.severity >= severity {
                let context = base.adding(["check": .check(base.checkValues(check))])
                results.append(fill(finding, context: context, stake: stake(), suffix: check.id))
            }
        case .condition:
            guard let condition = findingPlan.condition else { return }
            guard let each = finding.each else {
                if condition.value(in: environment) == .bool(true) {
                    results.append(fill(finding, context: base, stake: stake(), suffix: nil))
                }
                return
            }
            // A condition reads values only: the records' ranges are not looked up.
            for (index, record) in environment.facts.records(of: each.list).enumerated() {
                var scoped = environment
                scoped.record = (each.variable, record)
                guard condition.value(in: scoped) == .bool(true) else { continue }
                let context = base.recordContext(list: each.list, variable: each.variable, index: index, record: record)
                let key = each.key.flatMap { record[$0] }.map { NumberFormat.show($0, as: .plain) } ?? String(index + 1)
                results.append(fill(finding, context: context, stake: stake(), suffix: key))
            }
        }
    }

    private func fill(_ finding: FindingTemplate, context: TemplateContext, stake: [String: Rational],
                      suffix: String?) -> FindingResult {
        let id = suffix.map { "\(finding.id)[\($0)]" } ?? finding.id
        // A cause the submission states (causes: {id: text}) wins over the rubric's cause template.
        let stated = submission.causes.isEmpty ? nil : submission.causes[id] ?? submission.causes[finding.id]
        let rendered = stated == nil ? finding.cause(in: context)?.trimmed : nil
        let cause = stated ?? (rendered?.isEmpty == false ? rendered : nil)
        return FindingResult(id: id, problem: finding.problem, evidence: finding.evidence(in: context).trimmed,
                             cause: cause, measures: finding.measures,
                             pointsAtStake: stake.values.reduce(.zero, +), losses: stake)
    }
}
