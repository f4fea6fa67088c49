import JixiaoExpression

/// 定性分档: a qualitative judgement (优/良/中/差, 达成/部分达成/未达成) maps to a share of the points.
public struct TiersMethod: ScoringMethod {
    public static let key = "tiers"
    public static let title = "定性分档"
    public static let summary = "按定性评价（如 优/良/中/差）取得分比例：得分 = 分值 × 该档比例；评价不在所列档次中视为无法计分。"
    public static let examples: [MethodExample] = [
        // 10 × 80% = 8
        MethodExample("评价为良", parameters: yaml, points: "10", inputs: ["level": "\"良\""], expected: .score("8")),
        MethodExample("评价为优", parameters: yaml, points: "10", inputs: ["level": "\"优\""], expected: .score("10")),
        MethodExample("未列出的档次", parameters: yaml, points: "10", inputs: ["level": "\"较好\""], expected: .notComputable),
        MethodExample("未给出评价", parameters: yaml, points: "10", expected: .missingData),
    ]

    static let yaml = "{value: level, tiers: {优: 100%, 良: 80%, 中: 60%, 差: 0%}}"

    let value: SourcedExpression
    let tiers: [(name: String, share: Rational)]

    public init?(parameters: MethodParameters) {
        parameters.allowOnly(["value", "tiers"])
        let value = parameters.expression("value", what: "定性评价")
        guard let tiers = parameters.numberTable("tiers", what: "档次及得分比例"), let value else { return nil }
        var valid = !tiers.isEmpty
        if tiers.isEmpty { parameters.report("“tiers”不能为空：至少列出一个档次及其得分比例", at: "tiers") }
        for tier in tiers where tier.value < .zero || tier.value > .one {
            parameters.report("档次“\(tier.name)”的比例应在 0%–100% 之间", at: "tiers")
            valid = false
        }
        guard valid else { return nil }
        self.value = value
        self.tiers = tiers.map { (name: $0.name, share: $0.value) }
    }

    public var expressions: [SourcedExpression] { [value] }

    public func score(points: Rational, context: ScoringContext) throws(InputUnavailable) -> MethodOutcome {
        let level = try context.text("value", value)
        guard let tier = tiers.first(where: { $0.name == level }) else {
            let known = tiers.map(\.name).joined(separator: "/")
            return MethodOutcome(.notComputable, reason: "评价“\(level)”不在档次 \(known) 之中")
        }
        return .scored(points * tier.share, "评价为“\(level)”，得分 = \(NumberFormat.score(points)) × \(tier.share.percentText(places: 0))")
    }
}
