import JixiaoExpression

/// 加分项: extra points for achievements, added to the group, capped at the indicator's points.
public struct BonusMethod: ScoringMethod {
    public static let key = "bonus"
    public static let title = "加分项"
    public static let summary = "每项达成（when 为真）加其分值，合计不超过本指标的 points（加分上限）；加分项不计入分组和总分的满分。"
    public static let examples: [MethodExample] = [
        // 2 + 1 = 3 ≤ cap 5
        MethodExample("两项加分", parameters: yaml, points: "5",
                      inputs: ["a": "true", "b": "true", "c": "false"], expected: .score("3")),
        // 2 + 1 + 3 = 6 > cap 5 → 5
        MethodExample("超过上限按上限计", parameters: yaml, points: "5",
                      inputs: ["a": "true", "b": "true", "c": "true"], expected: .score("5")),
        MethodExample("没有加分", parameters: yaml, points: "5",
                      inputs: ["a": "false", "b": "false", "c": "false"], expected: .score("0")),
    ]

    static let yaml = """
        {items: [{name: 国家级表彰, points: 2, when: a}, {name: 省级表彰, points: 1, when: b},
         {name: 经验推广, points: 3, when: c}]}
        """

    let bonuses: ChecklistItems

    public init?(parameters: MethodParameters) {
        parameters.allowOnly(["items"])
        guard let bonuses = ChecklistItems(parameters: parameters, key: "items") else { return nil }
        self.bonuses = bonuses
    }

    public var expressions: [SourcedExpression] { bonuses.items.map(\.when) }
    public var role: IndicatorRole { .bonus }

    public func score(points: Rational, context: ScoringContext) throws(InputUnavailable) -> MethodOutcome {
        let (earned, isMet) = try bonuses.evaluate(context)
        guard isMet.contains(true) else { return .scored(.zero, "无加分事项") }
        let capped = min(earned, points)
        let items = zip(bonuses.items, isMet).filter(\.1)
            .map { item, _ in "\(item.name)（+\(NumberFormat.score(item.points))）" }.joined(separator: "、")
        let cap = capped < earned ? "，超过上限按 \(NumberFormat.score(points)) 分计" : ""
        return .scored(capped, "加分：\(items)\(cap)")
    }
}
