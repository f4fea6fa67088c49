import JixiaoExpression

/// Scores one row of a form, or its funding block, by the rubric's form rules: the share of the points the
/// printed target and actual give, the score, and the reason in words.
struct FormRowScorer {
    let rules: FormRules
    let places: Int

    struct Outcome {
        /// Share of the row's points earned (1 = target met); nil when the words cannot decide it.
        var share: Rational?
        var score: Rational?
        var state: IndicatorState
        var reason: String
        /// The target was not (fully) met: a 偏差原因 is due, whether or not the row prints a weight.
        var missed: Bool { (share ?? .one) < .one }
    }

    /// 执行率 = 全年执行数 ÷ 全年预算数; 得分 = 分值 × 执行率, capped.
    func score(_ funding: Form.Funding) -> (weight: Rational, rate: Rational?, outcome: Outcome) {
        let weight = funding.weight?.value ?? rules.fundingWeight
        guard let annual = funding.annual, let executed = funding.executed else {
            return (weight, nil, Outcome(share: nil, score: nil, state: .missingData,
                                         reason: "缺少全年预算数或全年执行数，无法计算执行率"))
        }
        guard let rate = executed.value.divided(by: annual.value) else {
            return (weight, nil, Outcome(share: nil, score: nil, state: .error, reason: "全年预算数为 0，执行率无法计算"))
        }
        let counted = min(rate, rules.executionCap)
        let score = (weight * counted).rounded(places: places, rule: .halfUp)
        let reason = "执行率 = 全年执行数 \(executed.printed) ÷ 全年预算数 \(annual.printed) = \(NumberFormat.show(rate, as: .percent))，"
            + "得分 = \(NumberFormat.score(weight)) × \(NumberFormat.show(counted, as: .percent)) = \(NumberFormat.score(score))"
            + (weight > score ? "，失 \(NumberFormat.score(weight - score)) 分" : "")
        return (weight, rate, Outcome(share: counted, score: score, state: .scored, reason: reason))
    }

    func score(_ row: Form.Row) -> Outcome {
        guard let target = row.target, let actual = row.actual else {
            return Outcome(share: nil, score: nil, state: .missingData, reason: "表中缺少年度指标值或实际完成值")
        }
        let (share, how) = Self.share(target: target, actual: actual, rules: rules)
        guard let share else {
            return Outcome(share: nil, score: nil, state: .manualPending, reason: how)
        }
        guard let weight = row.weight?.value else {
            return Outcome(share: share, score: nil, state: .missingData, reason: how + "；表中没有该指标的分值，无法计分")
        }
        let score = (weight * share).rounded(places: places, rule: .halfUp)
        let result = share == .one ? "得满分 \(NumberFormat.score(score)) 分"
            : "得分 = \(NumberFormat.score(weight)) × \(NumberFormat.show(share, as: .percent)) = \(NumberFormat.score(score))，失 \(NumberFormat.score(weight - score)) 分"
        return Outcome(share: share, score: score, state: .scored, reason: how + "，" + result)
    }

    /// The share of the points, and how it was found; nil share when the words cannot decide.
    static func share(target: FormValue, actual: FormValue, rules: FormRules) -> (Rational?, String) {
        if let targetNumber = target.number, let actualNumber = actual.number(convertedTo: target) {
            switch target.comparison {
            case .atLeast:
                let share: Rational = actualNumber >= targetNumber ? .one
                    : max(actualNumber.divided(by: targetNumber) ?? .zero, .zero)
                return (share, "正向指标：年度指标值 \(target.printed)，实际完成 \(actual.printed)"
                    + (share == .one ? "，已达到" : "，完成 \(NumberFormat.show(share, as: .percent))"))
            case .atMost:
                let share: Rational = actualNumber <= targetNumber ? .one
                    : max(targetNumber.divided(by: actualNumber) ?? .zero, .zero)
                return (share, "反向指标：年度指标值 \(target.printed)，实际 \(actual.printed)"
                    + (share == .one ? "，未超出" : "，超出目标，按 目标 ÷ 实际 = \(NumberFormat.show(share, as: .percent)) 计"))
            }
        }
        let said = normalized(actual.printed)
        let words = "定性指标：年度指标值“\(target.printed)”，实际完成“\(actual.printed)”"
        if said == normalized(target.printed) { return (.one, words + "，与年度指标值一致") }
        if let partial = rules.partialWords.first(where: { said.contains($0.word) }) {
            return (partial.share, words + "，“\(partial.word)”按 \(NumberFormat.show(partial.share, as: .percent)) 计")
        }
        if rules.metWords.contains(where: { said.contains($0) }) { return (.one, words + "，表示已达成") }
        return (nil, words + "，无法从文字判断是否达成，待人工评分")
    }

    static func normalized(_ text: String) -> String {
        text.filter { !$0.isWhitespace && !"“”\"'。，,".contains($0) }
    }
}
