import JixiaoExpression

/// 较上年增加/减少 … = 本年 − 上年.
///
/// Examples:
/// - amount 7.04, prior 4.43, change 增加2.61 → 2.61 → 一致
/// - amount 1311.48, prior 1318.12, change 减少6.64 → −6.64 → 一致
/// - amount 9.75, prior 24.67, change 减少14.9 → −14.92, which rounds to the printed −14.9 → 一致
/// - amount 4.91, prior 4.91, change 0.88 → 0 → 不一致 (a prior copied from this year)
struct ChangeRelation: StatementRelation {
    static let id = "change"
    static let title = "增减额 = 本年 − 上年"
    static let summary = "文字所写的较上年增减额，按本年数 − 上年数重新计算；只在文档印有上年数时核对。"

    func check(_ index: Int, in context: StatementContext) -> [CheckResult] {
        let statement = context.statements[index]
        guard let change = statement.change, let amount = statement.amount, let prior = statement.prior else { return [] }
        let priorName = statement.priorMeasure == "预算" ? "上年预算" : "上年"
        return [context.judge(Self.id, statement, name: "较\(priorName)增减额 = 本年 − \(priorName)", stated: change,
                              computed: amount.value - prior.value, computedRange: amount.range - prior.range,
                              inputs: [("本年", amount), (priorName, prior)],
                              formula: "\(amount.path) − \(prior.path)", magnitudeOnly: change.direction == .either)]
    }
}
