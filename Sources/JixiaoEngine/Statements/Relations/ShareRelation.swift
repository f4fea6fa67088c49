import JixiaoExpression

/// 占 …% = 部分 ÷ 整体.
///
/// The whole is the statement `of` names, or the parent of an inline item.
///
/// Examples:
/// - item amount 3,080 of a whole 26,085.58, share 11.81% → 11.807…% → 一致
/// - item amount 0 of a whole 0, share 0% → 0 ÷ 0 printed as 0 → 一致
struct ShareRelation: StatementRelation {
    static let id = "share"
    static let title = "占比 = 部分 ÷ 整体"
    static let summary = "文字所写的占比，按该项金额 ÷ 整体金额重新计算；整体由 of 指明，列在 items 下的项默认占其上级。"

    func check(_ index: Int, in context: StatementContext) -> [CheckResult] {
        let statement = context.statements[index]
        guard let share = statement.share, let amount = statement.amount else { return [] }
        let whole: Statement?
        if let name = statement.shareOf {
            whole = context.statement(named: name)
        } else {
            whole = statement.parent.map { context.statements[$0] }
        }
        guard let whole, var total = whole.amount else { return [] }
        total = Self.converted(total, from: whole.unit, to: statement.unit)
        let name = "占\(whole.subject)的比重 = \(statement.subject) ÷ \(whole.subject)"
        let inputs = [(statement.subject, amount), (whole.subject, total)]
        let formula = "\(amount.path) ÷ \(total.path)"
        guard let computed = amount.value.divided(by: total.value) else {
            return [context.zeroBase(Self.id, statement, name: name, stated: share, numeratorIsZero: amount.value.isZero,
                                     base: whole.subject, rate: "占比", inputs: inputs, formula: formula)]
        }
        return [context.judge(Self.id, statement, name: name, stated: share, computed: computed,
                              computedRange: amount.range.divided(by: total.range), inputs: inputs, formula: formula)]
    }

    /// The same figure in another statement's unit (a whole in 万元, its part in 元).
    static func converted(_ figure: PrintedFigure, from: String, to: String) -> PrintedFigure {
        guard from != to, let factor = FactValueReader.factor(from: from, to: to) else { return figure }
        var copy = figure
        copy.value = figure.value * factor
        copy.range = RationalRange(lower: figure.range.lower * factor, upper: figure.range.upper * factor)
        copy.halfUnit = figure.halfUnit * factor
        return copy
    }
}
