import JixiaoExpression

/// 较预算增加/减少 … = 决算 − 预算.
///
/// Examples:
/// - amount 9.07, budget 20, vs_budget 减少10.93 → −10.93 → 一致
/// - amount 9.75, budget 9.78, vs_budget 增加(减少)0.03 → size 0.03 → 一致
struct BudgetDifferenceRelation: StatementRelation {
    static let id = "vs-budget"
    static let title = "较预算增减额 = 决算 − 预算"
    static let summary = "文字所写的决算较预算增减额，按决算数 − 预算数重新计算。"

    func check(_ index: Int, in context: StatementContext) -> [CheckResult] {
        let statement = context.statements[index]
        guard let difference = statement.vsBudget, let amount = statement.amount, let budget = statement.budget
        else { return [] }
        let kind = statement.budgetKind ?? "预算"
        return [context.judge(Self.id, statement, name: "较\(kind)增减额 = \(statement.measure) − \(kind)", stated: difference,
                              computed: amount.value - budget.value, computedRange: amount.range - budget.range,
                              inputs: [(statement.measure, amount), (kind, budget)],
                              formula: "\(amount.path) − \(budget.path)", magnitudeOnly: difference.direction == .either)]
    }
}
