import JixiaoExpression

/// 公式计分: any expression gives the score, kept within 0 and the indicator's points.
public struct FormulaMethod: ScoringMethod {
    public static let key = "formula"
    public static let title = "公式计分"
    public static let summary = "得分由表达式 score 直接给出，结果限制在 0 与指标分值之间。"
    public static let shorthandParameter: String? = "score"
    public static let examples: [MethodExample] = [
        // 5 − 2 × 0.5 = 4
        MethodExample("每次通报扣 0.5 分", parameters: "{score: 5 - n * 0.5}", points: "5",
                      inputs: ["n": "2"], expected: .score("4")),
        MethodExample("结果低于 0 按 0 计", parameters: "{score: 5 - n * 0.5}", points: "5",
                      inputs: ["n": "12"], expected: .score("0")),
        MethodExample("结果高于满分按满分计", parameters: "{score: n}", points: "5",
                      inputs: ["n": "7"], expected: .score("5")),
        MethodExample("条件公式", parameters: "{score: 'if ok then 3 else 1'}", points: "3",
                      inputs: ["ok": "false"], expected: .score("1")),
    ]

    let formula: SourcedExpression

    public init?(parameters: MethodParameters) {
        parameters.allowOnly(["score"])
        guard let formula = parameters.expression("score", what: "得分公式") else { return nil }
        self.formula = formula
    }

    public var expressions: [SourcedExpression] { [formula] }

    public func score(points: Rational, context: ScoringContext) throws(InputUnavailable) -> MethodOutcome {
        let raw = try context.number("score", formula, as: .points)
        let score = min(max(raw, .zero), points)
        let clamp = score != raw ? "（按 0–\(NumberFormat.score(points)) 分计）" : ""
        // A long formula is shown in the JSON inputs; the one-line reason keeps to the result.
        let shown = formula.source.count <= 30 ? "按公式 \(formula.source) " : "按公式"
        return .scored(score, "\(shown)计算得 \(NumberFormat.score(raw, places: 4))\(clamp)")
    }
}
