import JixiaoExpression

/// Scores the self-assessment forms of a submission against a form rubric: one result per form, its rows as
/// indicators grouped by 一级指标 (the funding block first), with the claimed score beside each computed one.
struct FormScorer {
    let rubric: Rubric
    let rules: FormRules

    func score(_ submission: Submission) throws(DiagnosticError) -> [RubricResult] {
        guard !submission.forms.isEmpty else {
            throw DiagnosticError(Diagnostic(location: submission.rubricsLocation ?? .init(file: submission.file, line: 1, column: 1),
                                             path: "forms", message: "规则“\(rubric.id)”为自评表计分，提交文件中没有自评表（forms）"))
        }
        return submission.forms.map(score)
    }

    private func score(_ form: Form) -> RubricResult {
        let rowScorer = FormRowScorer(rules: rules, places: rubric.rounding.places)
        var groups: [GroupResult] = []
        var findings: [FindingResult] = []
        if let funding = form.funding {
            let (weight, _, outcome) = rowScorer.score(funding)
            let indicator = indicatorResult(id: "F", name: "预算执行率", points: weight, outcome: outcome,
                                            claimed: funding.score?.value, method: "执行率 × 分值")
            groups.append(group(id: "funding", name: "预算执行", indicators: [indicator]))
            if outcome.missed, let score = outcome.score {
                findings.append(finding(id: "F", problem: "预算执行率偏低",
                                        evidence: "\(form.name)\(outcome.reason)。",
                                        cause: nil, level1: "预算执行", lost: weight - score))
            }
        } else {
            // A form without its funding block is still checked; only its execution indicator has no data.
            let outcome = FormRowScorer.Outcome(share: nil, score: nil, state: .missingData, reason: "表中没有资金情况（全年预算数、全年执行数），无法计算执行率")
            groups.append(group(id: "funding", name: "预算执行", indicators: [
                indicatorResult(id: "F", name: "预算执行率", points: rules.fundingWeight, outcome: outcome, claimed: nil, method: "执行率 × 分值"),
            ]))
        }
        var order: [String] = []
        var rowsByLevel: [String: [IndicatorResult]] = [:]
        for row in form.rows {
            let outcome = rowScorer.score(row)
            let level = row.level1 ?? "绩效指标"
            if rowsByLevel[level] == nil { order.append(level) }
            let name = [row.level2, row.name].compactMap { $0 }.joined(separator: "·")
            rowsByLevel[level, default: []].append(indicatorResult(
                id: row.id, name: name, points: row.weight?.value ?? .zero, outcome: outcome,
                claimed: row.score?.value, method: "按指标值计分"))
            if outcome.missed {
                findings.append(finding(id: row.id, problem: "\(row.name)未达到年度指标值",
                                        evidence: "\(row.name)：\(outcome.reason)。",
                                        cause: row.deviationGiven, level1: level,
                                        lost: (row.weight?.value ?? .zero) - (outcome.score ?? .zero)))
            }
        }
        groups += order.map { group(id: $0, name: $0, indicators: rowsByLevel[$0] ?? []) }
        let indicators = groups.flatMap(\.indicators)
        let score = groups.reduce(Rational.zero) { $0 + $1.score }
        let maxApplicable = groups.reduce(Rational.zero) { $0 + $1.maxApplicable }
        let enough = maxApplicable > .zero && maxApplicable >= rubric.total * rubric.policy.gradeRequires
        let claimed = indicators.filter { $0.claimedScore != nil }
        let checks = FormChecker(form: form, rules: rules, grades: rubric.grades, scorer: rowScorer).check()
        var result = RubricResult(
            rubric: .init(id: rubric.id, version: rubric.version, title: rubric.title,
                          totalPoints: rubric.total, file: rubric.file, sha256: rubric.sha256,
                          description: rubric.description, gradeRequires: rubric.policy.gradeRequires),
            score: score, maxApplicable: maxApplicable,
            grade: enough ? rubric.grades.grade(forShare: score.divided(by: maxApplicable)!) : nil,
            vetoed: false, groups: groups, metrics: [], checks: checks, findings: findings,
            claimedTotal: claimed.isEmpty ? nil : claimed.compactMap(\.claimedScore).reduce(.zero, +),
            claimedIndicatorsScore: claimed.isEmpty ? nil : claimed.compactMap(\.score).reduce(.zero, +),
            claimedCount: claimed.count)
        result.coverage = coverage(of: form, checks: checks)
        result.subject = form.name
        return result
    }

    private func indicatorResult(id: String, name: String, points: Rational, outcome: FormRowScorer.Outcome,
                                 claimed: Rational?, method: String) -> IndicatorResult {
        IndicatorResult(id: id, name: name, points: points, score: outcome.score, state: outcome.state, role: .regular,
                        method: "form_row", methodTitle: method, reason: outcome.reason, inputs: [],
                        countedPoints: outcome.score == nil ? .zero : points, claimedScore: claimed, vetoTriggered: false)
    }

    private func group(id: String, name: String, indicators: [IndicatorResult]) -> GroupResult {
        GroupResult(id: id, name: name, points: indicators.reduce(.zero) { $0 + $1.points },
                    score: indicators.compactMap(\.score).reduce(.zero, +),
                    maxApplicable: indicators.reduce(.zero) { $0 + $1.countedPoints },
                    vetoed: false, groups: [], indicators: indicators)
    }

    private func finding(id: String, problem: String, evidence: String, cause: String?, level1: String,
                         lost: Rational) -> FindingResult {
        FindingResult(id: "form-shortfall[\(id)]", problem: problem, evidence: evidence, cause: cause,
                      measures: rules.measures[level1] ?? rules.measures["其他"] ?? [],
                      pointsAtStake: lost, losses: [id: lost])
    }

    /// The form's printed figures, and which of them the checks verified.
    private func coverage(of form: Form, checks: [CheckResult]) -> FigureCoverage {
        var paths = [form.total?.path].compactMap { $0 }
        if let funding = form.funding {
            paths += [funding.initial, funding.annual, funding.executed, funding.weight, funding.rate, funding.score].compactMap { $0?.path }
        }
        for row in form.rows {
            paths += [row.weight?.path, row.score?.path].compactMap { $0 }
            if row.target != nil { paths.append("\(row.path).target") }
            if row.actual != nil { paths.append("\(row.path).actual") }
        }
        let verified = checks.filter { $0.verdict != .insufficientData }
        let checked = Set(verified.flatMap(\.coveredPaths))
        return FigureCoverage(statedFigures: paths.count, checkedFigures: paths.filter(checked.contains).count,
                              checksRun: verified.count)
    }
}

extension RubricResult {
    /// A form's result with its checks and none of its scores: what `jixiao check` shows of a form.
    var checksOnly: RubricResult {
        var result = self
        result.rubric.checksOnly = true
        result.rubric.title = "自评表数据核对（不评分）"
        result.groups = []
        result.findings = []
        result.score = .zero
        result.maxApplicable = .zero
        result.grade = nil
        result.claimedTotal = nil
        result.claimedIndicatorsScore = nil
        result.claimedCount = 0
        return result
    }
}
