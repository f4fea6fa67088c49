import JixiaoExpression

/// The parts of a whole add up to it: amounts, budgets, priors and changes.
///
/// A part's prior (or change) that is not printed is implied from its other figures (上年 = 本年 − 增减额, or
/// 本年 ÷ (1 + 增长率)), so a page that prints only rates still has its parts checked against its whole. A
/// figure is summed only when every part has it. With `partial_items` (其中 …) the parts must not exceed the whole.
///
/// Examples:
/// - whole 9.75 with parts 0 + 3.77 + 5.98 → 9.75 → 一致
/// - budget 20 with parts 0 + 9 + 11 + 0 → 20 → 一致
/// - whole prior 1432.02 with parts' priors 1318.12 + 113.82 = 1431.94 → 不一致
struct ItemsSumRelation: StatementRelation {
    static let id = "items-sum"
    static let title = "各分项之和 = 合计"
    static let summary = "合计数等于各分项之和（决算、预算、上年数、增减额分别核对；未印的上年数、增减额由本项其他数字推算）；只列“其中”部分时，分项之和不超过合计。"

    private struct Field {
        let key: String
        let suffix: String
        let label: String
        let figure: (Statement) -> Figure?
    }

    /// A printed figure, or one implied by a statement's other figures.
    struct Figure {
        var value: Rational
        var range: RationalRange
        var printed: PrintedFigure?
        var description: String
    }

    func check(_ index: Int, in context: StatementContext) -> [CheckResult] {
        let whole = context.statements[index]
        guard !whole.items.isEmpty else { return [] }
        let parts = whole.items.map { context.statements[$0] }
        let fields = [
            Field(key: "amount", suffix: "", label: whole.measure, figure: { Self.printed($0.amount) }),
            Field(key: "budget", suffix: ".budget", label: whole.budgetKind ?? "预算", figure: { Self.printed($0.budget) }),
            Field(key: "prior", suffix: ".prior", label: "上年", figure: Self.prior),
            Field(key: "change", suffix: ".change", label: "增减额", figure: Self.change),
        ]
        // The parts' names, the same in each field's result name: joined once, when the first result needs them.
        var partNames: String?
        var results: [CheckResult] = []
        for field in fields {
            guard let total = field.figure(whole) else { continue }
            let values = parts.map { part in field.figure(part).map { Self.converted($0, from: part.unit, to: whole.unit) } }
            guard values.allSatisfy({ $0 != nil }) else { continue }
            let figures = values.compactMap { $0 }
            // Priors implied on both sides still test the printed rates against each other; implied changes
            // would repeat that same test.
            guard figures.contains(where: { $0.printed != nil }) || total.printed != nil || field.key == "prior"
            else { continue }
            let sum = figures.reduce(Rational.zero) { $0 + $1.value }
            let range = figures.reduce(RationalRange(.zero)) { $0 + $1.range }
            let stated = total.printed ?? Self.impliedFigure(total, in: whole, key: field.key)
            let names = partNames ?? parts.map(\.subject).joined(separator: " + ")
            partNames = names
            let name = "\(field.label) = 各分项之和（\(names)）" + (whole.partialItems ? "，“其中”各项不超过合计" : "")
            let inputs = zip(parts, figures).map { part, figure in
                ("\(part.subject) \(field.label)", figure.printed ?? Self.impliedFigure(figure, in: part, key: field.key))
            }
            let formula = figures.map { $0.printed?.path ?? $0.description }.joined(separator: " + ")
            var result = context.judge(Self.id, whole, suffix: field.suffix, name: name, stated: stated,
                                       computed: sum, computedRange: range, inputs: inputs, formula: formula,
                                       comparison: whole.partialItems ? .atLeast : .equal)
            if total.printed == nil { result.explanation += "（合计的\(field.label)由其他数字推算：\(total.description)）" }
            results.append(result)
        }
        return results
    }

    static func printed(_ figure: PrintedFigure?) -> Figure? {
        figure.map { Figure(value: $0.value, range: $0.range, printed: $0, description: $0.printed) }
    }

    /// 上年: printed, else 本年 − 增减额, else 本年 ÷ (1 + 增长率).
    static func prior(_ statement: Statement) -> Figure? {
        if let prior = printed(statement.prior) { return prior }
        guard let amount = statement.amount else { return nil }
        if let change = statement.change, change.direction != .either {
            return Figure(value: amount.value - change.value, range: amount.range - change.range, printed: nil,
                          description: "\(amount.printed) − (\(change.printed))")
        }
        if let growth = statement.growth, growth.direction != .either,
           let value = amount.value.divided(by: .one + growth.value),
           let range = amount.range.divided(by: RationalRange(.one) + growth.range) {
            return Figure(value: value, range: range, printed: nil, description: "\(amount.printed) ÷ (1 + \(growth.printed))")
        }
        return nil
    }

    /// 增减额: printed, else 本年 − 上年 (printed or implied).
    static func change(_ statement: Statement) -> Figure? {
        if let change = statement.change, change.direction != .either { return printed(change) }
        guard let amount = statement.amount, let prior = prior(statement) else { return nil }
        return Figure(value: amount.value - prior.value, range: amount.range - prior.range, printed: nil,
                      description: "\(amount.printed) − \(prior.printed?.printed ?? "(\(prior.description))")")
    }

    private static func converted(_ figure: Figure, from: String, to: String) -> Figure {
        guard from != to, let factor = FactValueReader.factor(from: from, to: to) else { return figure }
        return Figure(value: figure.value * factor,
                      range: RationalRange(lower: figure.range.lower * factor, upper: figure.range.upper * factor),
                      printed: figure.printed.map { ShareRelation.converted($0, from: from, to: to) },
                      description: figure.description)
    }

    /// An implied figure shown as one: its text is the arithmetic it comes from, judged exactly (no printed digits).
    private static func impliedFigure(_ figure: Figure, in statement: Statement, key: String) -> PrintedFigure {
        PrintedFigure(kind: .amount, value: figure.value, range: figure.range, halfUnit: .zero, direction: nil,
                      minusWithWord: false, approximate: false, printed: figure.description,
                      location: statement.location, path: "\(statement.path).\(key)（推算）")
    }
}
