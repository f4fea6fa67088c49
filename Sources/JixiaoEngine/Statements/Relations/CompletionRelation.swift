import JixiaoExpression

/// 完成预算的 …% = 决算 ÷ 预算.
///
/// Examples (the tests run them):
/// - amount 26,085.58, budget 27,080, completion_rate 96.33% → 0.963278… → 一致
/// - amount 0, budget 0, completion_rate 0% → 0 ÷ 0 printed as 0 is the usual convention → 一致
/// - amount 4.91, budget 0, completion_rate 0% → 不一致 (nothing can be 0% of a zero budget)
struct CompletionRelation: StatementRelation {
    static let id = "completion"
    static let title = "完成率 = 决算 ÷ 预算"
    static let summary = "文字所写的完成预算百分比，按决算数 ÷ 预算数重新计算；预算与决算均为 0 时按惯例写作 0%。"

    func check(_ index: Int, in context: StatementContext) -> [CheckResult] {
        let statement = context.statements[index]
        guard let rate = statement.completionRate, let amount = statement.amount, let budget = statement.budget
        else { return [] }
        let kind = statement.budgetKind ?? "预算"
        let name = "完成\(kind)的百分比 = \(statement.measure) ÷ \(kind)"
        let inputs = [("\(statement.measure)", amount), (kind, budget)]
        let formula = "\(amount.path) ÷ \(budget.path)"
        guard let computed = amount.value.divided(by: budget.value) else {
            return [context.zeroBase(Self.id, statement, name: name, stated: rate, numeratorIsZero: amount.value.isZero,
                                     base: kind, rate: "完成率", inputs: inputs, formula: formula)]
        }
        return [context.judge(Self.id, statement, name: name, stated: rate, computed: computed,
                              computedRange: amount.range.divided(by: budget.range),
                              inputs: inputs, formula: formula)]
    }
}
