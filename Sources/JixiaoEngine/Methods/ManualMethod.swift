import JixiaoExpression

/// 人工评分: the assessor's score, given in the submission's `manual_scores`; pending until then.
public struct ManualMethod: ScoringMethod {
    public static let key = "manual"
    public static let title = "人工评分"
    public static let summary = "由评审人员按 guidance（评分标准）打分，分数写在提交文件的 manual_scores 中；未给分时为“待人工评分”，不计入已评分值。"
    public static let examples: [MethodExample] = [
        MethodExample("评审给 4.5 分", parameters: "{guidance: 按资料完整性评分}", points: "5",
                      manualScore: "4.5", expected: .score("4.5")),
        MethodExample("尚未评分", parameters: "{guidance: 按资料完整性评分}", points: "5", expected: .manualPending),
        MethodExample("给分超过满分", parameters: "{}", points: "5", manualScore: "6", expected: .notComputable),
    ]

    let guidance: String?

    public init?(parameters: MethodParameters) {
        parameters.allowOnly(["guidance"])
        guidance = parameters.text("guidance")
    }

    public var expressions: [SourcedExpression] { [] }

    public func score(points: Rational, context: ScoringContext) throws(InputUnavailable) -> MethodOutcome {
        guard let given = context.manualScore else {
            return MethodOutcome(.manualPending, reason: "待人工评分" + (guidance.map { "（评分标准：\($0)）" } ?? ""))
        }
        guard given >= .zero, given <= points else {
            return MethodOutcome(.notComputable, reason: "人工评分 \(NumberFormat.score(given)) 超出 0–\(NumberFormat.score(points)) 分")
        }
        return .scored(given, "人工评分 \(NumberFormat.score(given)) 分")
    }
}
