import JixiaoExpression
import Mustache

/// Decides which findings fire for a submission and fills their templates with its figures.
struct FindingEvaluator {
    let rubric: Rubric
    let submission: Submission

    /// The findings that fire for the indicators scored in `groups` and the `checks`.
    func evaluate(environment: ScoringEnvironment, groups: [GroupResult],
                  checks: [CheckResult]) -> [FindingResult] {
        let base = TemplateContext(rubric: rubric, submission: submission, environment: environment)
        // Points lost by indicator id; the first indicator with an id counts.
        var lost: [String: Rational] = [:]
        for group in groups {
            group.forEachIndicator { indicator in
                if lost[indicator.id] == nil { lost[indicator.id] = indicator.pointsLost ?? .zero }
            }
        }
        var results: [FindingResult] = []
        for finding in rubric.findings {
            let stake = Dictionary(finding.indicators.map { ($0, max(lost[$0] ?? .zero, .zero)) },
                                   uniquingKeysWith: { first, _ in first })
            switch finding.trigger {
            case .pointsLost(let ids):
                guard ids.contains(where: { (lost[$0] ?? .zero) > .zero }) else { continue }
                results.append(fill(finding, context: base, stake: stake, suffix: nil))
            case .checkMismatches(let severity):
                for check in checks where check.verdict == .mismatch && check.severity >= severity {
                    let context = base.adding(["check": TemplateContext.CheckValues(check: check)])
                    results.append(fill(finding, context: context, stake: stake, suffix: check.id))
                }
            case .condition(let condition):
                guard let each = finding.each else {
                    if environment.evaluate(condition.expression) == .bool(true) {
                        results.append(fill(finding, context: base, stake: stake, suffix: nil))
                    }
                    continue
                }
                let ranges = environment.facts.recordRanges(of: each.list)
                for (index, record) in environment.facts.records(of: each.list).enumerated() {
                    var scoped = environment
                    scoped.record = (each.variable, record)
                    scoped.recordRanges = ranges[index]
                    guard scoped.evaluate(condition.expression) == .bool(true) else { continue }
                    let context = base.recordContext(list: each.list, variable: each.variable, index: index, record: record)
                    let key = each.key.flatMap { record[$0] }.map { NumberFormat.show($0, as: .plain) } ?? String(index + 1)
                    results.append(fill(finding, context: context, stake: stake, suffix: key))
                }
            }
        }
        return results
    }

    private func fill(_ finding: FindingTemplate, context: TemplateContext, stake: [String: Rational],
                      suffix: String?) -> FindingResult {
        let id = suffix.map { "\(finding.id)[\($0)]" } ?? finding.id
        // A cause the submission states (causes: {id: text}) wins over the rubric's cause template.
        let stated = submission.causes[id] ?? submission.causes[finding.id]
        let rendered = finding.cause(in: context)?.trimmed
        let cause = stated ?? (rendered?.isEmpty == false ? rendered : nil)
        return FindingResult(id: id, problem: finding.problem, evidence: finding.evidence(in: context).trimmed,
                             cause: cause, measures: finding.measures,
                             pointsAtStake: stake.values.reduce(.zero, +), losses: stake)
    }
}
