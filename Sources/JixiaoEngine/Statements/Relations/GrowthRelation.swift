import JixiaoExpression

/// 增长/下降 …% = 增减额 ÷ 上年.
///
/// With a printed prior the rate is (本年 − 上年) ÷ 上年, whatever change is printed: a wrong change and a
/// rate computed from it cannot confirm each other. Without one the prior is implied: 增减额 ÷ (本年 − 增减额).
///
/// Examples:
/// - amount 7.04, prior 4.43, growth 增长58.92% → 2.61 ÷ 4.43 = 58.916…% → 一致
/// - amount 26,085.58, change 减少18,987.42, growth 下降42.13% → −18,987.42 ÷ 45,073 = −42.126…% → 一致
/// - amount 0, prior 0, growth 0% → 0 ÷ 0 printed as 0 → 一致
struct GrowthRelation: StatementRelation {
    static let id = "growth"
    static let title = "增长率 = 增减额 ÷ 上年"
    static let summary = "文字所写的增长（下降）率，按 (本年 − 上年) ÷ 上年 重新计算；未印上年数时用 本年 − 增减额 推算上年。"

    func check(_ index: Int, in context: StatementContext) -> [CheckResult] {
        let statement = context.statements[index]
        guard let growth = statement.growth else { return [] }
        let priorName = statement.priorMeasure == "预算" ? "上年预算" : "上年"
        let name = "增长率 = 增减额 ÷ \(priorName)"
        let either = growth.direction == .either || statement.change?.direction == .either
        if let prior = statement.prior {
            let difference: (value: Rational, range: RationalRange, inputs: [(String, PrintedFigure)], formula: String)
            if let amount = statement.amount {
                difference = (amount.value - prior.value, amount.range - prior.range,
                              [("本年", amount), (priorName, prior)], "(\(amount.path) − \(prior.path))")
            } else if let change = statement.change {
                difference = (change.value, change.range, [("增减额", change), (priorName, prior)], change.path)
            } else {
                return []
            }
            let formula = "\(difference.formula) ÷ \(prior.path)"
            guard let computed = difference.value.divided(by: prior.value) else {
                return [context.zeroBase(Self.id, statement, name: name, stated: growth,
                                         numeratorIsZero: difference.value.isZero, base: priorName, rate: "增长率",
                                         inputs: difference.inputs, formula: formula)]
            }
            return [context.judge(Self.id, statement, name: name, stated: growth, computed: computed,
                                  computedRange: difference.range.divided(by: prior.range),
                                  inputs: difference.inputs, formula: formula, magnitudeOnly: either)]
        }
        guard let change = statement.change, let amount = statement.amount else { return [] }
        let implied = amount.value - change.value
        let formula = "\(change.path) ÷ (\(amount.path) − \(change.path))"
        let inputs = [("增减额", change), ("本年", amount)]
        guard change.direction != .either else {
            // With the sign unknown the implied prior is unknown too.
            return []
        }
        guard let computed = change.value.divided(by: implied) else {
            return [context.zeroBase(Self.id, statement, name: name, stated: growth, numeratorIsZero: change.value.isZero,
                                     base: priorName, rate: "增长率", inputs: inputs, formula: formula)]
        }
        return [context.judge(Self.id, statement, name: name + "（上年数由 本年 − 增减额 推算）", stated: growth,
                              computed: computed, computedRange: change.range.divided(by: amount.range - change.range),
                              inputs: inputs, formula: formula, magnitudeOnly: either)]
    }
}
