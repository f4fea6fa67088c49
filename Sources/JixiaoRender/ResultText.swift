import JixiaoEngine
import JixiaoExpression

/// Phrases shared by the text and Markdown reports, so both say the same thing the same way.
enum ResultText {
    static func heading(_ submission: SubmissionResult, _ result: RubricResult) -> String {
        let version = result.rubric.version.isEmpty ? "" : " \(result.rubric.version)"
        let subject = result.subject.map { " · \($0)" } ?? ""
        return "\(submission.department) \(submission.year) 年度\(subject) · \(result.rubric.title)（\(result.rubric.id)\(version)）"
    }

    /// How much of the file the checks verified, in words; never silent when nothing was.
    static func coverage(_ result: RubricResult) -> [String] {
        let coverage = result.coverage
        guard result.rubric.checksFigures else { return [] }
        var lines: [String] = []
        if coverage.nothingVerified {
            lines.append("没有任何数据得到核对：文件中没有可以相互核对的数字（或核对所需的数字都不全）。这不代表数据无误。")
        }
        if coverage.statedFigures > 0 {
            lines.append("核对覆盖：文件所列的 \(coverage.statedFigures) 个数字中，\(coverage.checkedFigures) 个得到核对，"
                + "\(coverage.statedFigures - coverage.checkedFigures) 个没有可对照的数据")
        }
        if !result.missingRequired.isEmpty {
            lines.append("缺少关键数据（相关指标未计分）：\(result.missingRequired.joined(separator: "、"))")
        }
        return lines
    }

    static func score(_ value: Rational?) -> String {
        value.map { NumberFormat.score($0) } ?? "—"
    }

    /// "总分 85.23 分（按可评分值 95 分计，满分 100 分），等级：良".
    static func total(_ result: RubricResult) -> String {
        var text = "总分 \(score(result.score)) 分"
        if result.maxApplicable == result.rubric.totalPoints {
            text += "（满分 \(score(result.rubric.totalPoints)) 分）"
        } else {
            text += "（已评分 \(score(result.maxApplicable)) 分 / 满分 \(score(result.rubric.totalPoints)) 分，其余指标未计分）"
        }
        if result.vetoed { text += "（已触发一票否决，总分归零）" }
        if let grade = result.grade {
            text += "，等级：\(grade)"
        } else if result.maxApplicable > .zero {
            text += "，等级：无法评级（可评分值不足满分的 \(result.rubric.gradeRequires.percentText(places: 0))）"
        } else {
            text += "，等级：无法评级（没有可评分的指标）"
        }
        return text
    }

    static func claimed(_ result: RubricResult) -> String? {
        guard let claimed = result.claimedTotal, let computed = result.claimedIndicatorsScore else { return nil }
        var count = 0
        result.forEachIndicator { if $0.role != .veto { count += 1 } }
        let scope = result.claimedCount < count ? "（自评 \(result.claimedCount) 项）" : ""
        return "自评分合计\(scope) \(score(claimed)) 分，这些指标计算得 \(score(computed)) 分，自评高出 \(signed(claimed - computed)) 分"
    }

    static func signed(_ value: Rational) -> String {
        (value > .zero ? "+" : "") + NumberFormat.score(value)
    }

    /// The score cell: a number, or the state when the indicator was not scored.
    static func scoreCell(_ indicator: IndicatorResult) -> String {
        if indicator.role == .veto { return indicator.vetoTriggered ? "否决" : "—" }
        guard let value = indicator.score else { return indicator.state.chineseName }
        let prefix = indicator.role == .bonus ? "+" : ""
        return prefix + NumberFormat.score(value) + (indicator.state == .scored ? "" : "（\(indicator.state.chineseName)）")
    }

    static func pointsCell(_ indicator: IndicatorResult) -> String {
        switch indicator.role {
        case .regular: NumberFormat.score(indicator.points)
        case .bonus: "加分≤\(NumberFormat.score(indicator.points))"
        case .veto: "否决项"
        }
    }

    static func groupLine(_ group: GroupResult, depth: Int) -> String {
        let marker = String(repeating: "  ", count: depth)
        var line = "\(marker)【\(group.name)】得分 \(score(group.score)) / \(score(group.points))"
        if group.maxApplicable != group.points { line += "（已评分 \(score(group.maxApplicable)) 分）" }
        if group.vetoed { line += "，已被一票否决" }
        return line
    }
}
