import JixiaoExpression

/// 按档扣分: a fixed deduction for each whole step beyond the threshold (e.g. "每低 5% 扣 2 分").
public struct StepDeductionMethod: ScoringMethod {
    public static let key = "step_deduction"
    public static let title = "按档扣分"
    public static let summary = "值每超过（above）或低于（below）阈值一档（per）扣 deduct 分；count: completed（默认）只计满一档，count: started 不足一档也按一档计；最低为 floor。"
    public static let examples: [MethodExample] = [
        // below 100% by 11.39 points = 2.278 steps of 5% → 2 completed steps × 2 = 4; 10 − 4 = 6
        MethodExample("每低 5% 扣 2 分（满一档才扣）",
                      parameters: "{value: x, threshold: 100%, direction: below, per: 5%, deduct: 2}", points: "10",
                      inputs: ["x": "88.61%"], expected: .score("6")),
        // 2.278 steps, started → 3 steps × 2 = 6; 10 − 6 = 4
        MethodExample("不足一档也按一档扣",
                      parameters: "{value: x, threshold: 100%, direction: below, per: 5%, deduct: 2, count: started}",
                      points: "10", inputs: ["x": "88.61%"], expected: .score("4")),
        // exactly 1 step below → 1 × 2 = 2; 10 − 2 = 8
        MethodExample("恰好一档", parameters: "{value: x, threshold: 100%, direction: below, per: 5%, deduct: 2}",
                      points: "10", inputs: ["x": "95%"], expected: .score("8")),
        MethodExample("在阈值以内", parameters: "{value: x, threshold: 100%, direction: below, per: 5%, deduct: 2}",
                      points: "10", inputs: ["x": "100%"], expected: .score("10")),
    ]

    enum Counting: String { case completed, started }

    let rule: ThresholdRule
    let counting: Counting

    public init?(parameters: MethodParameters) {
        parameters.allowOnly(ThresholdRule.parameterKeys.union(["count"]))
        let countText = parameters.text("count") ?? "completed"
        let counting = Counting(rawValue: countText)
        if counting == nil {
            parameters.report("count 应为 completed（满一档才扣）或 started（不足一档也扣），实际是“\(countText)”", at: "count")
        }
        guard let rule = ThresholdRule(parameters: parameters), let counting else { return nil }
        self.rule = rule
        self.counting = counting
    }

    public var expressions: [SourcedExpression] { [rule.value] }

    public func score(points: Rational, context: ScoringContext) throws(InputUnavailable) -> MethodOutcome {
        let actual = try context.number("value", rule.value)
        let units = rule.excessUnits(of: actual)
        let shown = context.show(actual, like: rule.value)
        let steps = counting == .completed ? units.rounded(places: 0, rule: .down) : units.rounded(places: 0, rule: .up)
        guard units > .zero else {
            return .scored(points, "\(shown) 未\(rule.describeThreshold(context))，得满分")
        }
        guard steps > .zero else {
            return .scored(points, "\(shown) \(rule.describeThreshold(context))不足一档（\(context.show(rule.per, like: rule.value))），得满分")
        }
        let lost = steps * rule.deduct
        let score = max(points - lost, min(rule.floor, points))
        return .scored(score, "\(shown) \(rule.describeThreshold(context))，计 \(NumberFormat.score(steps, places: 0)) 档 × \(NumberFormat.score(rule.deduct)) 分 = 扣 \(NumberFormat.score(lost)) 分")
    }
}
