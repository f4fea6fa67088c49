import JixiaoExpression

/// 要素计分: each element met earns its points (绩效目标合理性 "1 + 0.5 + 0.5").
public struct ChecklistMethod: ScoringMethod {
    public static let key = "checklist"
    public static let title = "要素计分"
    public static let summary = "逐项判断要素是否达成（when 为真），得分为达成要素的分值之和；各要素分值之和须等于指标分值。"
    public static let examples: [MethodExample] = [
        MethodExample("三项全部达成", parameters: yaml, points: "2",
                      inputs: ["a": "true", "b": "true", "c": "true"], expected: .score("2")),
        // 1 + 0.5 = 1.5
        MethodExample("一项未达成", parameters: yaml, points: "2",
                      inputs: ["a": "true", "b": "true", "c": "false"], expected: .score("1.5")),
        MethodExample("缺少某要素的数据", parameters: yaml, points: "2",
                      inputs: ["a": "true", "b": "true"], expected: .missingData),
    ]

    static let yaml = """
        {items: [{name: 符合法规与规划, points: 1, when: a}, {name: 符合三定职责, points: 0.5, when: b},
         {name: 与预算匹配, points: 0.5, when: c}]}
        """

    let checklist: ChecklistItems
    /// The reason when every item is met, which reads nothing of a submission.
    let allMetReason: String

    public init?(parameters: MethodParameters) {
        parameters.allowOnly(["items"])
        guard let checklist = ChecklistItems(parameters: parameters, key: "items") else { return nil }
        self.checklist = checklist
        allMetReason = "\(checklist.items.count) 项要素全部达成，得满分"
    }

    public var expressions: [SourcedExpression] { checklist.items.map(\.when) }

    public func validate(points: Rational, parameters: MethodParameters) {
        if checklist.total != points {
            parameters.report("各要素分值之和为 \(NumberFormat.score(checklist.total))，与指标分值 \(NumberFormat.score(points)) 不符", at: "items")
        }
    }

    public func score(points: Rational, context: ScoringContext) throws(InputUnavailable) -> MethodOutcome {
        let (earned, isMet) = try checklist.evaluate(context)
        if !isMet.contains(false) { return .scored(earned, allMetReason) }
        var reason = "未达成："
        var first = true
        for position in isMet.indices where !isMet[position] {
            if !first { reason += "、" }
            reason += checklist.items[position].missedText
            first = false
        }
        reason += "，得 \(NumberFormat.score(earned)) 分"
        return .scored(earned, reason)
    }
}
