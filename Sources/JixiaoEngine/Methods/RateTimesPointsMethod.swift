import JixiaoExpression

/// 执行率 × 分值: the 财预〔2020〕10号 预算执行率 rule, capped (FASP2 has no cap; rubrics here cap at 100% by default).
public struct RateTimesPointsMethod: ScoringMethod {
    public static let key = "rate_times_points"
    public static let title = "比率乘分值"
    public static let summary = "得分 = 分值 × 比率（如预算执行率 × 10），比率超过上限 cap（默认 100%）按上限计，低于 0 按 0 计。"
    public static let examples: [MethodExample] = [
        // 10 × 88.61% = 8.861
        MethodExample("预算执行率 88.61%", parameters: "{rate: r}", points: "10",
                      inputs: ["r": "88.61%"], expected: .score("8.861")),
        MethodExample("超过 100% 按 100% 计", parameters: "{rate: r}", points: "10",
                      inputs: ["r": "105.19%"], expected: .score("10")),
        // 10 × min(105%, 110%) = 10.5
        MethodExample("上限设为 110%", parameters: "{rate: r, cap: 110%}", points: "10",
                      inputs: ["r": "105%"], expected: .score("10.5")),
        MethodExample("缺少比率数据", parameters: "{rate: r}", points: "10",
                      inputs: [:], expected: .missingData),
    ]

    let rate: SourcedExpression
    let cap: Rational

    public init?(parameters: MethodParameters) {
        parameters.allowOnly(["rate", "cap"])
        guard let rate = parameters.expression("rate", what: "比率") else { return nil }
        self.rate = rate
        let cap = parameters.optionalNumber("cap") ?? .one
        if cap <= .zero {
            parameters.report("cap（比例上限）必须大于 0", at: "cap")
            return nil
        }
        self.cap = cap
    }

    public var expressions: [SourcedExpression] { [rate] }

    public func score(points: Rational, context: ScoringContext) throws(InputUnavailable) -> MethodOutcome {
        let rateValue = try context.number("rate", rate)
        let applied = min(max(rateValue, .zero), cap)
        var reason = "得分 = \(NumberFormat.score(points)) × \(rateValue.percentText(places: 2))"
        if applied != rateValue { reason += "（按 \(applied.percentText(places: 2)) 计）" }
        return .scored(points * applied, reason)
    }
}
