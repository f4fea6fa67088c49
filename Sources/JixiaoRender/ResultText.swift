import JixiaoEngine
import JixiaoExpression

/// Phrases shared by the text and Markdown reports, so both say the same thing the same way.
enum ResultText {
    static func heading(_ submission: SubmissionResult, _ result: RubricResult) -> String {
        var heading = ""
        writeHeading(submission, result, to: &heading)
        return heading
    }

    /// ``heading(_:_:)`` written into `output`: "湘潭市信访局 2023 年度 · 标题（rubric-id 2023.1）".
    static func writeHeading<Output: PhraseOutput & ~Copyable>(
        _ submission: SubmissionResult, _ result: RubricResult, to output: inout Output
    ) {
        output.append(submission.department)
        output.append(" ")
        output.append(String(submission.year))
        output.append(" 年度")
        if let subject = result.subject {
            output.append(" · ")
            output.append(subject)
        }
        output.append(" · ")
        output.append(result.rubric.title)
        output.append("（")
        output.append(result.rubric.id)
        if !result.rubric.version.isEmpty {
            output.append(" ")
            output.append(result.rubric.version)
        }
        output.append("）")
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

    /// ``score(_:)`` written into `output`.
    static func writeScore<Output: PhraseOutput & ~Copyable>(_ value: Rational?, to output: inout Output) {
        if let value { output.appendScore(value) } else { output.append("—") }
    }

    /// "总分 85.23 分（按可评分值 95 分计，满分 100 分），等级：良".
    static func total(_ result: RubricResult) -> String {
        var text = ""
        writeTotal(result, to: &text)
        return text
    }

    /// ``total(_:)`` written into `output`.
    static func writeTotal<Output: PhraseOutput & ~Copyable>(_ result: RubricResult, to output: inout Output) {
        output.append("总分 ")
        output.appendScore(result.score)
        output.append(" 分")
        if result.maxApplicable == result.rubric.totalPoints {
            output.append("（满分 ")
            output.appendScore(result.rubric.totalPoints)
            output.append(" 分）")
        } else {
            output.append("（已评分 ")
            output.appendScore(result.maxApplicable)
            output.append(" 分 / 满分 ")
            output.appendScore(result.rubric.totalPoints)
            output.append(" 分，其余指标未计分）")
        }
        if result.vetoed { output.append("（已触发一票否决，总分归零）") }
        if let grade = result.grade {
            output.append("，等级：")
            output.append(grade)
        } else if result.maxApplicable > .zero {
            output.append("，等级：无法评级（可评分值不足满分的 ")
            output.append(result.rubric.gradeRequires.percentText(places: 0))
            output.append("）")
        } else {
            output.append("，等级：无法评级（没有可评分的指标）")
        }
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
        var cell = ""
        writeScoreCell(indicator, to: &cell)
        return cell
    }

    /// ``scoreCell(_:)`` written into `output`.
    static func writeScoreCell<Output: PhraseOutput & ~Copyable>(_ indicator: IndicatorResult, to output: inout Output) {
        if indicator.role == .veto {
            output.append(indicator.vetoTriggered ? "否决" : "—")
            return
        }
        guard let value = indicator.score else {
            output.append(indicator.state.chineseName)
            return
        }
        if indicator.role == .bonus { output.append("+") }
        output.appendScore(value)
        if indicator.state != .scored {
            output.append("（")
            output.append(indicator.state.chineseName)
            output.append("）")
        }
    }

    static func pointsCell(_ indicator: IndicatorResult) -> String {
        var cell = ""
        writePointsCell(indicator, to: &cell)
        return cell
    }

    /// ``pointsCell(_:)`` written into `output`.
    static func writePointsCell<Output: PhraseOutput & ~Copyable>(_ indicator: IndicatorResult, to output: inout Output) {
        switch indicator.role {
        case .regular:
            output.appendScore(indicator.points)
        case .bonus:
            output.append("加分≤")
            output.appendScore(indicator.points)
        case .veto:
            output.append("否决项")
        }
    }

    static func groupLine(_ group: GroupResult, depth: Int) -> String {
        var line = ""
        writeGroupLine(group, depth: depth, to: &line)
        return line
    }

    /// ``groupLine(_:depth:)`` written into `output`.
    static func writeGroupLine<Output: PhraseOutput & ~Copyable>(_ group: GroupResult, depth: Int, to output: inout Output) {
        for _ in 0..<depth { output.append("  ") }
        output.append("【")
        output.append(group.name)
        output.append("】得分 ")
        writeScore(group.score, to: &output)
        output.append(" / ")
        output.appendScore(group.points)
        if group.maxApplicable != group.points {
            output.append("（已评分 ")
            output.appendScore(group.maxApplicable)
            output.append(" 分）")
        }
        if group.vetoed { output.append("，已被一票否决") }
    }
}
