import JixiaoExpression

/// The checks every self-assessment form gets (docs/forms.md): execution rate and its score, each row's claimed
/// score against its target and actual, claims above a weight, weights summing to 100, the total, the grade,
/// and a missed target without a 偏差原因.
struct FormChecker {
    let form: Form
    let rules: FormRules
    let grades: GradeScale
    let scorer: FormRowScorer

    static let checkSet = "forms"

    func check() -> [CheckResult] {
        var results = funding()
        for row in form.rows { results += self.row(row) }
        results += weightsSum() + total() + grade()
        return results
    }

    private func judge(_ id: String, _ name: String, unit: DisplayUnit = .points, severity: Check.Severity = .error,
                       line: Int? = nil) -> PrintedFigureJudge {
        PrintedFigureJudge(id: "form.\(id)", name: "\(form.name) \(name)", place: place(line ?? form.line), unit: unit,
                           checkSet: Self.checkSet, severity: severity)
    }

    /// The form's section and the line of the document the checked figure stands on (its row's, else the form's).
    private func place(_ line: Int?) -> String? {
        let parts = [form.section, line.map { "第 \($0) 行" }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "，")
    }

    private func funding() -> [CheckResult] {
        guard let funding = form.funding else { return [] }
        var results: [CheckResult] = []
        let (weight, rate, _) = scorer.score(funding)
        if let printed = funding.rate, let annual = funding.annual, let executed = funding.executed {
            let judge = judge("execution-rate", "执行率 = 全年执行数 ÷ 全年预算数", unit: .percent, line: funding.line)
            if let rate {
                results.append(judge.judge(printed, computed: rate, computedRange: executed.range.divided(by: annual.range),
                                           inputs: [("全年执行数", executed), ("全年预算数", annual)],
                                           formula: "\(executed.path) ÷ \(annual.path)"))
            } else {
                results.append(judge.verdict(printed, .mismatch, explanation: "全年预算数为 0，执行率无法计算，文档却写作 \(printed.printed)",
                                             inputs: [("全年执行数", executed), ("全年预算数", annual)],
                                             formula: "\(executed.path) ÷ \(annual.path)"))
            }
        }
        if let printed = funding.score, let rate {
            // A formula's result printed at the form's own precision (8.62 may be printed 9).
            let counted = min(rate, rules.executionCap)
            results.append(judge("execution-score", "执行率得分 = 分值 × 执行率（不超过分值）", line: funding.line)
                .judge(printed, computed: weight * counted, computedRange: nil,
                       inputs: funding.executed.map { [("全年执行数", $0)] } ?? [], formula: "\(NumberFormat.score(weight)) × 执行率"))
        }
        if let printed = funding.score, printed.value > weight {
            results.append(judge("execution-over-weight", "执行率得分不超过分值", line: funding.line)
                .verdict(printed, .mismatch, explanation: "自评得分 \(printed.printed) 超过分值 \(NumberFormat.score(weight))",
                         inputs: [], formula: "≤ \(NumberFormat.score(weight))"))
        }
        return results
    }

    private func row(_ row: Form.Row) -> [CheckResult] {
        var results: [CheckResult] = []
        let outcome = scorer.score(row)
        let label = "\(row.id) \(row.name)"
        if let claimed = row.score, let computed = outcome.score {
            // A claimed score is the department's judgement, not a rounded figure: it must equal the rule's.
            let equal = claimed.value == computed
            results.append(judge("row-score[\(row.id)]", "\(label) 自评得分与按指标值计算的得分一致", line: row.line)
                .verdict(claimed, equal ? .ok : .mismatch,
                         explanation: "自评 \(claimed.printed) 分，按年度指标值与实际完成值应得 \(NumberFormat.score(computed)) 分"
                            + (equal ? "，一致" : "，相差 \(NumberFormat.score(claimed.value - computed)) 分") + "（\(outcome.reason)）",
                         inputs: [("年度指标值", row.target, "target"), ("实际完成值", row.actual, "actual")].compactMap { label, value, key in
                             value.map { (label, figure($0, path: "\(row.path).\(key)")) }
                         },
                         formula: "按指标值计分"))
        }
        if let claimed = row.score, let weight = row.weight {
            let within = claimed.value <= weight.value && !claimed.value.isNegative
            results.append(judge("row-over-weight[\(row.id)]", "\(label) 自评得分不超过分值", line: row.line)
                .verdict(claimed, within ? .ok : .mismatch,
                         explanation: within ? "自评 \(claimed.printed) 分，分值 \(weight.printed) 分" : "自评 \(claimed.printed) 分，超出分值 \(weight.printed) 分",
                         inputs: [("分值", weight)], formula: "0 ≤ 得分 ≤ 分值"))
        }
        if outcome.missed, let actual = row.actual {
            let given = row.deviationGiven != nil
            results.append(judge("deviation-reason[\(row.id)]", "\(label) 未达到年度指标值时写明偏差原因", severity: .warning,
                                 line: row.line)
                .verdict(figure(actual, path: "\(row.path).actual"), given ? .ok : .mismatch,
                         explanation: given ? "未完全达到年度指标值，已写明偏差原因：\(row.deviationGiven ?? "")"
                             : "年度指标值 \(row.target?.printed ?? "")，实际完成 \(actual.printed)，未达到，但没有写偏差原因及改进措施",
                         inputs: [], formula: "偏差原因"))
        }
        return results
    }

    private func weightsSum() -> [CheckResult] {
        let rowWeights = form.rows.map(\.weight)
        guard !form.rows.isEmpty else { return [] }
        let fundingWeight = form.funding.map { $0.weight?.value ?? rules.fundingWeight } ?? .zero
        let sum = rowWeights.compactMap { $0?.value }.reduce(fundingWeight, +)
        let stated = PrintedFigure(kind: .score, value: sum, range: RationalRange(sum), halfUnit: .zero, direction: nil,
                                   minusWithWord: false, approximate: false, printed: NumberFormat.score(sum),
                                   location: form.location, path: "\(form.path).indicators")
        let unweighted = form.rows.filter { $0.weight == nil }.map(\.id)
        guard unweighted.isEmpty else {
            return [judge("weights-sum", "各项分值之和为 100")
                .verdict(stated, .insufficientData, explanation: "\(unweighted.joined(separator: "、")) 没有分值，无法核对分值之和",
                         inputs: [], formula: "Σ 分值 = 100")]
        }
        let equal = sum == Rational(100)
        return [judge("weights-sum", "各项分值之和为 100")
            .verdict(stated, equal ? .ok : .mismatch,
                     explanation: "执行率分值 \(NumberFormat.score(fundingWeight)) + 各指标分值 = \(NumberFormat.score(sum))" + (equal ? "" : "，不等于 100"),
                     inputs: rowWeights.compactMap { $0 }.map { ("分值", $0) }, formula: "Σ 分值 = 100")]
    }

    private func total() -> [CheckResult] {
        guard let total = form.total else { return [] }
        let claims = [form.funding?.score].compactMap { $0 } + form.rows.compactMap(\.score)
        guard !claims.isEmpty else { return [] }
        let sum = claims.reduce(Rational.zero) { $0 + $1.value }
        let equal = total.value == sum
        return [judge("total", "总分 = 各项自评得分之和")
            .verdict(total, equal ? .ok : .mismatch,
                     explanation: "文档总分 \(total.printed)，各项自评得分之和 \(NumberFormat.score(sum))" + (equal ? "，一致" : "，相差 \(NumberFormat.score(total.value - sum)) 分"),
                     inputs: claims.map { ("得分", $0) }, formula: "Σ 得分")]
    }

    private func grade() -> [CheckResult] {
        guard let printed = form.grade, let total = form.total else { return [] }
        let expected = grades.grade(forShare: total.value.divided(by: Rational(100))!)
        let stated = PrintedFigure(kind: .score, value: total.value, range: total.range, halfUnit: .zero, direction: nil,
                                   minusWithWord: false, approximate: false, printed: printed,
                                   location: form.gradeLocation ?? form.location, path: "\(form.path).grade")
        return [judge("grade", "评价等级与总分相符")
            .verdict(stated, printed == expected ? .ok : .mismatch,
                     explanation: "总分 \(total.printed) 应评为“\(expected)”，文档写作“\(printed)”",
                     inputs: [("总分", total)], formula: "等级（优 ≥ 90、良 ≥ 80、中 ≥ 60）")]
    }

    /// A target or actual shown as a figure (its printed text and place) in a check's inputs.
    private func figure(_ value: FormValue, path: String) -> PrintedFigure {
        PrintedFigure(kind: .score, value: value.number ?? .zero, range: RationalRange(value.number ?? .zero), halfUnit: .zero,
                      direction: nil, minusWithWord: false, approximate: false, printed: value.printed,
                      location: value.location, path: path)
    }
}
