import JixiaoExpression

/// Scores indicators and adds them up per group, applying the rubric's policy, vetoes and caps.
struct IndicatorScorer {
    let rubric: Rubric
    let environment: ScoringEnvironment
    let checks: [CheckResult]
    let manualScores: [String: Rational]
    let claimedScores: [String: Rational]

    /// The rubric's groups scored, in order.
    func scoreGroups() -> [GroupResult] {
        let reader = IndicatorInputReader(rubric: rubric, environment: environment)
        let plans = rubric.scoringPlan.plan(of: rubric).indicatorInputs
        var next = 0
        return rubric.groups.map { score($0, reader: reader, plans: plans, next: &next) }
    }

    /// - Parameter next: the position in `plans` of the group's first indicator in scoring order; on return,
    ///   that of the indicator after the group's last.
    private func score(_ group: Group, reader: IndicatorInputReader, plans: [[RubricScoringPlan.PlannedExpression]],
                       next: inout Int) -> GroupResult {
        let subgroups = group.groups.map { score($0, reader: reader, plans: plans, next: &next) }
        // Indicators and their results are large structs: they are read in place, by position, because walking
        // the arrays (map, contains, reduce) copies every element whole, retaining each of its strings.
        var indicators: [IndicatorResult] = []
        indicators.reserveCapacity(group.indicators.count)
        for position in group.indicators.indices {
            indicators.append(score(group.indicators[position], inputs: IndicatorInputs(planned: plans[next], reader: reader)))
            next += 1
        }
        var vetoed = false
        var indicatorsScore = Rational.zero
        var indicatorsCountedPoints = Rational.zero
        for position in indicators.indices {
            if indicators[position].vetoTriggered { vetoed = true }
            if let score = indicators[position].score { indicatorsScore = indicatorsScore + score }
            indicatorsCountedPoints = indicatorsCountedPoints + indicators[position].countedPoints
        }
        var total = subgroups.reduce(Rational.zero) { $0 + $1.score } + indicatorsScore
        if group.capped { total = min(total, group.points) }
        if vetoed { total = .zero }
        let maxApplicable = subgroups.reduce(Rational.zero) { $0 + $1.maxApplicable } + indicatorsCountedPoints
        return GroupResult(id: group.id, name: group.name, points: group.points, score: total,
                           maxApplicable: maxApplicable, vetoed: vetoed, groups: subgroups, indicators: indicators)
    }

    private func score(_ indicator: Indicator, inputs: IndicatorInputs) -> IndicatorResult {
        let context = ScoringContext(source: inputs, manualScore: manualScores[indicator.id], checks: checks,
                                     expectedInputs: inputs.planned.count)
        let outcome: MethodOutcome
        if let notScored = applicability(of: indicator, context: context) {
            outcome = notScored
        } else {
            do {
                outcome = try indicator.method.score(points: indicator.points, context: context)
            } catch {
                outcome = error.outcome
            }
        }
        var result = IndicatorResult(
            id: indicator.id, name: indicator.name, points: indicator.points, score: nil, state: .scored,
            role: indicator.method.role, method: indicator.methodKey, methodTitle: indicator.methodTitle,
            reason: outcome.reason, inputs: context.inputs, countedPoints: .zero,
            claimedScore: claimedScores[indicator.id], vetoTriggered: false)
        apply(outcome, of: indicator, to: &result)
        return result
    }

    /// Not applicable (or undecidable) indicators never reach their method.
    private func applicability(of indicator: Indicator, context: ScoringContext) -> MethodOutcome? {
        guard let condition = indicator.applicable else { return nil }
        do {
            return try context.bool("applicable", condition)
                ? nil : MethodOutcome(.notApplicable, reason: "不适用（\(condition.source) 不成立）")
        } catch {
            return error.outcome
        }
    }

    private func apply(_ outcome: MethodOutcome, of indicator: Indicator, to result: inout IndicatorResult) {
        let counts = result.role == .regular
        switch outcome.kind {
        case .scored(let raw):
            let score = rubric.rounding.apply(raw)
            result.score = score
            result.countedPoints = counts ? result.points : .zero
            // Every score says what it cost, in the same words whatever the method.
            if counts, score < result.points, !result.reason.unicodeScalars.contains("扣") {
                result.reason += "，失 \(NumberFormat.score(result.points - score)) 分"
            }
        case .veto(let triggered):
            let scope = (indicator.method as? VetoMethod)?.scope ?? .group
            result.vetoTriggered = triggered && scope == .group
            result.vetoesRubric = triggered && scope == .rubric
            result.score = nil
        case .manualPending:
            result.state = .manualPending
            result.reason += "，暂不计入已评分值"
        case .notApplicable:
            result.state = .notApplicable
            treat(using: rubric.policy.notApplicable, result: &result, counts: counts)
        case .missingData:
            result.state = .missingData
            treat(using: rubric.policy.missingData, result: &result, counts: counts)
        case .notComputable:
            result.state = .error
            treat(using: rubric.policy.notComputable, result: &result, counts: counts)
        }
    }

    /// The rubric's policy for a gap, stated in the reason so no score is silently zero or full.
    private func treat(using treatment: ScoringPolicy.Treatment, result: inout IndicatorResult, counts: Bool) {
        switch treatment {
        case .exclude:
            result.reason += "；按规则不计入可评分值"
        case .zero:
            result.score = .zero
            result.countedPoints = counts ? result.points : .zero
            result.reason += "；按规则计 0 分"
        case .full:
            result.score = result.role == .regular ? result.points : .zero
            result.countedPoints = counts ? result.points : .zero
            result.reason += "；按规则计满分"
        }
    }
}
