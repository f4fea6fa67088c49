import JixiaoExpression

/// The direction words (增加/减少, 增长/下降, 持平/无增减) agree with the sign of the difference they describe.
///
/// Each signed figure printed with a word gets one result, `statement.direction.<field>[key]`: the word against
/// the sign of 本年 − 上年 (for change and growth) or 决算 − 预算 (for vs_budget and vs_budget_rate) when both
/// are printed, otherwise against the other figure of the pair (the growth's word against the change's).
///
/// Examples:
/// - amount 7.04, prior 4.43, change 增加2.61 → 7.04 − 4.43 > 0 → 一致
/// - amount 124.4, prior 113.82, growth 下降9.3% → the amount rose → 不一致
/// - change 减少-2.56 → a printed double negative, read as a decrease → 【提示】
/// - vs_budget 增加(减少)0.03 → both words printed: nothing to check
struct DirectionRelation: StatementRelation {
    static let id = "direction"
    static let title = "增减方向词与数字的符号一致"
    static let summary = "增加/减少、增长/下降、持平等方向词，与本年 − 上年（或决算 − 预算）的正负一致，增减额与增减率的方向词彼此一致；“减少-2.56%”这类双重否定作为提示列出。"

    func check(_ index: Int, in context: StatementContext) -> [CheckResult] {
        let statement = context.statements[index]
        var results: [CheckResult] = []
        for pair in Self.pairs {
            guard let figure = pair.figure(statement), let word = figure.direction, word != .either || figure.minusWithWord
            else { continue }
            let printedWord = Self.word(of: figure)
            let name = "\(pair.label)方向词“\(printedWord)”与增减一致"
            let suffix = ".\(pair.field)"
            if figure.minusWithWord {
                let contradictory = word == .either
                results.append(context.verdict(Self.id, statement, suffix: suffix, name: name, stated: figure, verdict: .mismatch,
                    explanation: contradictory
                        ? "文档写作“\(figure.printed)”：方向词与负号矛盾，无法判断增减方向"
                        : "文档写作“\(figure.printed)”：方向词与负号重复（双重否定），按减少理解，建议删去负号",
                    inputs: [(pair.field, figure)], formula: "方向词", severity: contradictory ? .error : .warning))
                continue
            }
            if let amount = statement.amount, let base = pair.base(statement) {
                let difference = amount.value - base.value
                let envelope = amount.range - base.range
                let verdict = Self.verdict(word: word, difference: difference, envelope: envelope)
                let differenceText = NumberFormat.show(difference, as: .amount(statement.unit))
                results.append(context.verdict(Self.id, statement, suffix: suffix, name: name, stated: figure, verdict: verdict,
                    explanation: "文档写“\(printedWord)”，\(pair.label)实际相差 \(differenceText)"
                        + (verdict == .mismatch ? "，方向相反" : verdict == .rounding ? "，在尾数误差范围内" : "，方向一致"),
                    inputs: [(pair.field, figure), ("本年", amount), (pair.label, base)],
                    formula: "sign(\(amount.path) − \(base.path))"))
            } else if pair.field == "growth" || pair.field == "vs_budget_rate", let partner = pair.partner(statement),
                      let partnerSign = Self.sign(of: partner) {
                // Only the rate is compared with its amount, so one disagreement gives one result.
                let agrees = Self.sign(of: figure) == partnerSign
                results.append(context.verdict(Self.id, statement, suffix: suffix, name: name, stated: figure,
                    verdict: agrees ? .ok : .mismatch,
                    explanation: "增减率写“\(figure.printed)”，增减额写“\(partner.printed)”" + (agrees ? "，方向一致" : "，方向相反"),
                    inputs: [(pair.field, figure), ("增减额", partner)], formula: "sign(\(partner.path))"))
            }
        }
        return results
    }

    typealias Figure = @Sendable (Statement) -> PrintedFigure?

    /// Each signed figure, the other figure of its pair, the base its difference is taken from and the pair's label.
    /// Each figure is read only where it is needed: most statements print few of them, and copying every figure
    /// into a table up front cost more than the checks.
    private static let pairs: [(field: String, figure: Figure, partner: Figure, base: Figure, label: String)] = [
        ("change", { $0.change }, { $0.growth }, { $0.prior }, "较上年"),
        ("growth", { $0.growth }, { $0.change }, { $0.prior }, "较上年"),
        ("vs_budget", { $0.vsBudget }, { $0.vsBudgetRate }, { $0.budget }, "较预算"),
        ("vs_budget_rate", { $0.vsBudgetRate }, { $0.vsBudget }, { $0.budget }, "较预算"),
    ]

    /// −1, 0 or 1 from the word, or from the printed sign when there is no word; nil when unknown.
    static func sign(of figure: PrintedFigure) -> Int? {
        switch figure.direction {
        case .either?: nil
        case .level?: 0
        case .up?: 1
        case .down?: -1
        case nil: figure.value.isZero ? 0 : (figure.value.isNegative ? -1 : 1)
        }
    }

    static func verdict(word: PrintedFigure.Direction, difference: Rational, envelope: RationalRange) -> CheckResult.Verdict {
        let exact: Bool
        let possible: Bool
        switch word {
        case .up: (exact, possible) = (difference > .zero, envelope.upper > .zero)
        case .down: (exact, possible) = (difference < .zero, envelope.lower < .zero)
        case .level: (exact, possible) = (difference.isZero, envelope.contains(.zero))
        case .either: (exact, possible) = (true, true)
        }
        return exact ? .ok : possible ? .rounding : .mismatch
    }

    /// The direction word as printed, without the figure.
    static func word(of figure: PrintedFigure) -> String {
        PrintedFigureReader.leadingDirectionWords(of: figure.printed) ?? figure.printed
    }
}
