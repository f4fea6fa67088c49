import JixiaoExpression

/// 较预算增长/下降 …% = (决算 − 预算) ÷ 预算.
///
/// Without a printed budget it is implied from the printed difference: 增减额 ÷ (决算 − 增减额).
///
/// Examples:
/// - amount 9.07, budget 20, vs_budget_rate 下降54.65% → −10.93 ÷ 20 = −54.65% → 一致
/// - amount 3.77, vs_budget 增加(减少)0.003, vs_budget_rate 增长(下降)0.07% → size 0.003 ÷ 3.767 = 0.0796…%,
///   printed 0.07% → 不一致 unless the rounding of 0.003 and 3.77 explains it (it does: 尾数误差)
struct BudgetDifferenceRateRelation: StatementRelation {
    static let id = "vs-budget-rate"
    static let title = "较预算增减率 = (决算 − 预算) ÷ 预算"
    static let summary = "文字所写的决算较预算增长（下降）率，按 (决算 − 预算) ÷ 预算 重新计算；未印预算数时用 决算 − 增减额 推算。"

    func check(_ index: Int, in context: StatementContext) -> [CheckResult] {
        let statement = context.statements[index]
        guard let rate = statement.vsBudgetRate, let amount = statement.amount else { return [] }
        let kind = statement.budgetKind ?? "预算"
        let name = "较\(kind)增减率 = (\(statement.measure) − \(kind)) ÷ \(kind)"
        let either = rate.direction == .either || statement.vsBudget?.direction == .either
        if let budget = statement.budget {
            let inputs = [(statement.measure, amount), (kind, budget)]
            let formula = "(\(amount.path) − \(budget.path)) ÷ \(budget.path)"
            guard let computed = (amount.value - budget.value).divided(by: budget.value) else {
                return [context.zeroBase(Self.id, statement, name: name, stated: rate, numeratorIsZero: amount.value.isZero,
                                         base: kind, rate: "增减率", inputs: inputs, formula: formula)]
            }
            return [context.judge(Self.id, statement, name: name, stated: rate, computed: computed,
                                  computedRange: (amount.range - budget.range).divided(by: budget.range),
                                  inputs: inputs, formula: formula, magnitudeOnly: either)]
        }
        guard let difference = statement.vsBudget else { return [] }
        // A template that prints both words leaves the sign, and so the implied budget, open: try both.
        let signs: [Rational] = difference.direction == .either ? [.one, -Rational.one] : [.one]
        let candidates = signs.compactMap { sign -> (Rational, RationalRange?)? in
            let signed = difference.value * sign
            let signedRange = sign == .one ? difference.range : -difference.range
            guard let value = signed.divided(by: amount.value - signed) else { return nil }
            return (value, signedRange.divided(by: amount.range - signedRange))
        }
        guard let best = candidates.min(by: { ($0.0.magnitude - rate.value.magnitude).magnitude
                                              < ($1.0.magnitude - rate.value.magnitude).magnitude }) else { return [] }
        return [context.judge(Self.id, statement, name: name + "（预算数由 决算 − 增减额 推算）", stated: rate,
                              computed: best.0, computedRange: best.1,
                              inputs: [("增减额", difference), (statement.measure, amount)],
                              formula: "\(difference.path) ÷ (\(amount.path) − \(difference.path))", magnitudeOnly: either)]
    }
}
