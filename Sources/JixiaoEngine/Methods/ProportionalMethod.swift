import JixiaoExpression

/// 正向比例计分: points × actual / target, capped at full points.
///
/// The 财预〔2020〕10号 rule for quantitative indicators that were not met: "分值 × 完成值 / 指标值".
public struct ProportionalMethod: ScoringMethod {
    public static let key = "proportional"
    public static let title = "正向比例计分"
    public static let summary = "得分 = 分值 × 实际值 ÷ 目标值，达到或超过目标得满分（可用 cap 设比例上限），实际值不大于 0 得 0 分。"
    public static let examples: [MethodExample] = [
        // 10 × 88.61% / 100% = 8.861 → 8.861 exactly (rounding happens later, at the rubric's precision)
        MethodExample("未达目标按比例得分", parameters: "{actual: x, target: 100%}", points: "10",
                      inputs: ["x": "88.61%"], expected: .score("8.861")),
        MethodExample("超过目标得满分", parameters: "{actual: x, target: 90}", points: "5",
                      inputs: ["x": "120"], expected: .score("5")),
        // 6 × 45 / 60 = 4.5
        MethodExample("恰为目标的四分之三", parameters: "{actual: x, target: 60}", points: "6",
                      inputs: ["x": "45"], expected: .score("4.5")),
        MethodExample("目标为 0 无法计算", parameters: "{actual: x, target: t}", points: "5",
                      inputs: ["x": "3", "t": "0"], expected: .notComputable),
        MethodExample("缺少实际值", parameters: "{actual: x, target: 100%}", points: "5",
                      expected: .missingData),
    ]

    let actual: SourcedExpression
    let target: SourcedExpression
    let cap: Rational

    public init?(parameters: MethodParameters) {
        parameters.allowOnly(["actual", "target", "cap"])
        let actual = parameters.expression("actual", what: "实际值")
        let target = parameters.expression("target", what: "目标值")
        guard let actual, let target else { return nil }
        self.actual = actual
        self.target = target
        let cap = parameters.optionalNumber("cap") ?? .one
        if cap <= .zero {
            parameters.report("cap（比例上限）必须大于 0", at: "cap")
            return nil
        }
        self.cap = cap
    }

    public var expressions: [SourcedExpression] { [actual, target] }

    public func score(points: Rational, context: ScoringContext) throws(InputUnavailable) -> MethodOutcome {
        let actualValue = try context.number("actual", actual)
        let targetValue = try context.number("target", target)
        guard targetValue > .zero, let share = actualValue.divided(by: targetValue) else {
            return MethodOutcome(.notComputable, reason: "目标值为 \(context.show(targetValue, like: target))，无法按比例计分")
        }
        let applied = min(max(share, .zero), cap)
        let score = points * applied
        // Written into one buffer: an interpolation grew its string on each figure, for every such indicator of
        // every submission.
        var reason = "实际 "
        reason.reserveCapacity(128)
        reason += context.show(actualValue, like: actual)
        reason += " ÷ 目标 "
        reason += context.show(targetValue, like: target)
        reason += " = "
        reason += share.percentText(places: 2)
        reason += "，得分 = "
        reason += NumberFormat.score(points)
        reason += " × "
        reason += applied.percentText(places: 2)
        return .scored(score, reason)
    }
}
