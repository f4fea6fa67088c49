import JixiaoExpression

/// 偏离度: both over- and under-shooting the target lose points (预算编制准确性, 指标值设定偏低).
public struct DeviationMethod: ScoringMethod {
    public static let key = "deviation"
    public static let title = "偏离度计分"
    public static let summary = "偏离度 = |实际值 − 目标值| ÷ |目标值|；偏离度不超过 tolerance（默认 0）得满分，超出部分每 per（默认 1%）扣 deduct 分，最低为 floor（默认 0）。"
    public static let examples: [MethodExample] = [
        // |105.19% − 100%| / 100% = 5.19% ≤ 10% → full
        MethodExample("偏离在容差内", parameters: yaml, points: "5", inputs: ["x": "105.19%"], expected: .score("5")),
        // |49.12% − 100%| = 50.88%; beyond 10% by 40.88 points; 40.88 × 0.1 = 4.088; 5 − 4.088 = 0.912
        MethodExample("低于目标较多", parameters: yaml, points: "5", inputs: ["x": "49.12%"], expected: .score("0.912")),
        // |130% − 100%| = 30%; beyond by 20 points × 0.1 = 2; 5 − 2 = 3
        MethodExample("高于目标同样扣分", parameters: yaml, points: "5", inputs: ["x": "130%"], expected: .score("3")),
        MethodExample("目标为 0 无法计算", parameters: "{actual: x, target: t, deduct: 1}", points: "5",
                      inputs: ["x": "1", "t": "0"], expected: .notComputable),
    ]

    static let yaml = "{actual: x, target: 100%, tolerance: 10%, per: 1%, deduct: 0.1}"

    let actual: SourcedExpression
    let target: SourcedExpression
    let tolerance: Rational
    let per: Rational
    let deduct: Rational
    let floor: Rational

    public init?(parameters: MethodParameters) {
        parameters.allowOnly(["actual", "target", "tolerance", "per", "deduct", "floor"])
        let actual = parameters.expression("actual", what: "实际值")
        let target = parameters.expression("target", what: "目标值")
        let deduct = parameters.number("deduct", what: "每单位扣分")
        let per = parameters.optionalNumber("per") ?? Rational(1).divided(by: .hundred)!
        if per <= .zero { parameters.report("per（每单位大小）必须大于 0", at: "per") }
        guard let actual, let target, let deduct, per > .zero else { return nil }
        self.actual = actual
        self.target = target
        self.deduct = deduct
        self.per = per
        self.tolerance = parameters.optionalNumber("tolerance") ?? .zero
        self.floor = parameters.optionalNumber("floor") ?? .zero
    }

    public var expressions: [SourcedExpression] { [actual, target] }

    public func score(points: Rational, context: ScoringContext) throws(InputUnavailable) -> MethodOutcome {
        let actualValue = try context.number("actual", actual)
        let targetValue = try context.number("target", target)
        guard let deviation = (actualValue - targetValue).magnitude.divided(by: targetValue.magnitude) else {
            return MethodOutcome(.notComputable, reason: "目标值为 0，无法计算偏离度")
        }
        let shown = "实际 \(context.show(actualValue, like: actual))，目标 \(context.show(targetValue, like: target))，偏离度 \(deviation.percentText(places: 2))"
        let excess = deviation - tolerance
        guard excess > .zero else {
            return .scored(points, "\(shown)，未超过容差 \(tolerance.percentText(places: 2))，得满分")
        }
        let lost = excess.divided(by: per)! * deduct
        let score = max(points - lost, min(floor, points))
        return .scored(score, "\(shown)，超出容差 \(excess.percentText(places: 2))，扣 \(NumberFormat.score(lost, places: 4)) 分")
    }
}
