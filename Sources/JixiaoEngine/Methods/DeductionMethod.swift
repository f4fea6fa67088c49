import JixiaoExpression

/// 扣分制: full points within the threshold, then a fixed deduction per unit beyond it, down to a floor.
///
/// e.g. 在职人员控制率 "每超过 1 个百分点扣 0.5 分，扣完为止"; partial units deduct proportionally.
public struct DeductionMethod: ScoringMethod {
    public static let key = "deduction"
    public static let title = "扣分制"
    public static let summary = "值在阈值以内得满分；超过（direction: above）或低于（direction: below）阈值时，每 per（默认 1）扣 deduct 分，不足一个单位按比例扣，最低为 floor（默认 0）。"
    public static let examples: [MethodExample] = [
        MethodExample("未超过阈值得满分", parameters: "{value: x, threshold: 0%, per: 1%, deduct: 0.5}", points: "5",
                      inputs: ["x": "-3%"], expected: .score("5")),
        // 58.92% over 0% by 58.92 units of 1%; 58.92 × 0.5 = 29.46 > 5 → floor 0
        MethodExample("三公经费增长 58.92% 扣完为止", parameters: "{value: x, threshold: 0%, per: 1%, deduct: 0.5}", points: "5",
                      inputs: ["x": "58.92%"], expected: .score("0")),
        // below 100% by 11.39 points; 11.39 × 0.2 = 2.278; 10 − 2.278 = 7.722
        MethodExample("低于阈值按比例扣分", parameters: "{value: x, threshold: 100%, direction: below, per: 1%, deduct: 0.2}",
                      points: "10", inputs: ["x": "88.61%"], expected: .score("7.722")),
        // 3 units × 1 = 3; 4 − 3 = 1 but floor 2
        MethodExample("扣分不低于下限", parameters: "{value: x, threshold: 10, deduct: 1, floor: 2}", points: "4",
                      inputs: ["x": "13"], expected: .score("2")),
        MethodExample("恰在阈值上不扣分", parameters: "{value: x, threshold: 100%, per: 1%, deduct: 1}", points: "3",
                      inputs: ["x": "100%"], expected: .score("3")),
    ]

    let rule: ThresholdRule

    public init?(parameters: MethodParameters) {
        parameters.allowOnly(ThresholdRule.parameterKeys)
        guard let rule = ThresholdRule(parameters: parameters) else { return nil }
        self.rule = rule
    }

    public var expressions: [SourcedExpression] { [rule.value] }

    public func score(points: Rational, context: ScoringContext) throws(InputUnavailable) -> MethodOutcome {
        let actual = try context.number("value", rule.value)
        let units = rule.excessUnits(of: actual)
        // Written into one buffer: an interpolation grew its string on each figure, for every such indicator of
        // every submission.
        var reason = context.show(actual, like: rule.value)
        reason.reserveCapacity(160)
        guard units > .zero else {
            reason += " 未"
            rule.describeThreshold(context, into: &reason)
            reason += "，得满分"
            return .scored(points, reason)
        }
        let lost = units * rule.deduct
        let score = max(points - lost, min(rule.floor, points))
        // In plain words, without "58.9165 个单位": the rate of deduction, then what it comes to.
        reason += " "
        rule.describeThreshold(context, into: &reason)
        reason += rule.direction == .above ? "，每超过 " : "，每少 "
        reason += context.show(rule.per, like: rule.value)
        reason += " 扣 "
        reason += NumberFormat.score(rule.deduct)
        reason += " 分（不足部分按比例），"
        if score > points - lost {
            reason += "应扣 "
            reason += NumberFormat.score(lost)
            reason += " 分，最低得 "
            reason += NumberFormat.score(rule.floor)
            reason += " 分"
        } else {
            reason += "扣 "
            reason += NumberFormat.score(lost)
            reason += " 分"
        }
        return .scored(score, reason)
    }
}
