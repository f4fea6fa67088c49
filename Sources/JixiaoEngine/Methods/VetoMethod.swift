import JixiaoExpression

/// 一票否决: when its condition holds, its whole group scores zero.
public struct VetoMethod: ScoringMethod {
    public static let key = "veto"
    public static let title = "一票否决"
    public static let summary = "条件 when 为真时触发否决：scope: group（默认）使所在分组得分归零，scope: rubric 使总分归零；本指标自身不占分值（points 写 0）。"

    /// What a triggered veto zeroes.
    public enum Scope: String, Sendable {
        case group
        case rubric
    }
    public static let shorthandParameter: String? = "when"
    public static let examples: [MethodExample] = [
        MethodExample("发生否决事项", parameters: "{when: incident}", points: "0",
                      inputs: ["incident": "true"], expected: .veto(triggered: true)),
        MethodExample("未发生否决事项", parameters: "{when: incident}", points: "0",
                      inputs: ["incident": "false"], expected: .veto(triggered: false)),
        MethodExample("缺少判断依据", parameters: "{when: incident}", points: "0", expected: .missingData),
    ]

    let condition: SourcedExpression
    let description: String?
    public let scope: Scope

    public init?(parameters: MethodParameters) {
        parameters.allowOnly(["when", "description", "scope"])
        let scopeText = parameters.text("scope") ?? "group"
        let scope = Scope(rawValue: scopeText)
        if scope == nil {
            parameters.report("scope 应为 group（分组归零）或 rubric（总分归零），实际是“\(scopeText)”", at: "scope")
        }
        guard let condition = parameters.expression("when", what: "否决条件"), let scope else { return nil }
        self.condition = condition
        self.description = parameters.text("description")
        self.scope = scope
    }

    public var expressions: [SourcedExpression] { [condition] }
    public var role: IndicatorRole { .veto }

    public func validate(points: Rational, parameters: MethodParameters) {
        if points != .zero { parameters.report("一票否决指标不占分值，points 应为 0") }
    }

    public func score(points: Rational, context: ScoringContext) throws(InputUnavailable) -> MethodOutcome {
        let triggered = try context.bool("when", condition)
        let what = description ?? condition.source
        return MethodOutcome(.veto(triggered: triggered),
                             reason: triggered ? "触发一票否决（\(what)），\(scope == .group ? "所在分组" : "总分")得分归零"
                                               : "未触发一票否决（未出现：\(what)）")
    }
}
