import JixiaoExpression

/// 反向比例计分: lower is better; points × target / actual once the actual exceeds the target.
public struct InverseMethod: ScoringMethod {
    public static let key = "inverse"
    public static let title = "反向比例计分"
    public static let summary = "越低越好的指标：实际值不超过目标值得满分，超过时得分 = 分值 × 目标值 ÷ 实际值。"
    public static let examples: [MethodExample] = [
        MethodExample("未超目标得满分", parameters: "{actual: x, target: 100%}", points: "5",
                      inputs: ["x": "77.11%"], expected: .score("5")),
        // 5 × 100% / 125% = 4
        MethodExample("超出目标按比例扣减", parameters: "{actual: x, target: 100%}", points: "5",
                      inputs: ["x": "125%"], expected: .score("4")),
        MethodExample("恰等于目标得满分", parameters: "{actual: x, target: 8}", points: "3",
                      inputs: ["x": "8"], expected: .score("3")),
        MethodExample("目标为负无法计算", parameters: "{actual: x, target: t}", points: "3",
                      inputs: ["x": "2", "t": "-1"], expected: .notComputable),
    ]

    let actual: SourcedExpression
    let target: SourcedExpression

    public init?(parameters: MethodParameters) {
        parameters.allowOnly(["actual", "target"])
        let actual = parameters.expression("actual", what: "实际值")
        let target = parameters.expression("target", what: "目标值（上限）")
        guard let actual, let target else { return nil }
        self.actual = actual
        self.target = target
    }

    public var expressions: [SourcedExpression] { [actual, target] }

    public func score(points: Rational, context: ScoringContext) throws(InputUnavailable) -> MethodOutcome {
        let actualValue = try context.number("actual", actual)
        let targetValue = try context.number("target", target)
        guard targetValue >= .zero else {
            return MethodOutcome(.notComputable, reason: "目标值为负（\(context.show(targetValue, like: target))），无法计分")
        }
        let shownActual = context.show(actualValue, like: actual)
        let shownTarget = context.show(targetValue, like: target)
        guard actualValue > targetValue, let share = targetValue.divided(by: actualValue) else {
            return .scored(points, "实际 \(shownActual) 未超过目标 \(shownTarget)，得满分")
        }
        return .scored(points * share, "实际 \(shownActual) 超过目标 \(shownTarget)，得分 = \(NumberFormat.score(points)) × 目标 ÷ 实际 = \(NumberFormat.score(points)) × \(share.percentText(places: 2))")
    }
}
