import JixiaoEngine
import JixiaoExpression

/// The report a person reads in a terminal: per group a table of indicators with one-line reasons.
public struct TextRenderer: Sendable {
    public var style: TextStyle

    public init(style: TextStyle = TextStyle()) {
        self.style = style
    }

    public func render(_ submission: SubmissionResult) -> String {
        var sections: [String] = []
        for result in submission.results {
            var lines = [ResultText.heading(submission, result), "提交文件：\(submission.path)", ""]
            let showClaims = result.claimedTotal != nil
            for group in result.groups {
                lines += groupLines(group, depth: 0, showClaims: showClaims)
            }
            if !result.rubric.checksOnly { lines.append(ResultText.total(result)) }
            if let claimed = ResultText.claimed(result) { lines.append(claimed) }
            if !result.checks.isEmpty {
                if lines.last != "" { lines.append("") }
                lines += checkLines(result.checks)
            }
            lines += ResultText.coverage(result)
            if !result.skippedCheckSets.isEmpty {
                lines.append("未适用的核对规则集（提交文件没有相应数据）：\(result.skippedCheckSets.joined(separator: "、"))")
            }
            if !result.metrics.isEmpty {
                lines += ["", "计算项："]
                var table = TextTable(headers: ["计算项", "数值"], alignments: [.left, .right], maxWidths: [nil, 36],
                                      style: style, flexibleColumn: 1)
                for metric in result.metrics { table.add([metric.name, ReasonText.plain(metric.shown, explain: style.explain)]) }
                lines += table.renderLines()
            }
            // Each entry is one line; names and reasons from the submission cannot add lines or escape codes.
            sections.append(style.finish(lines).joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n" + String(repeating: style.ascii ? "=" : "═", count: 40) + "\n\n") + "\n"
    }

    /// 数据核对: every mismatch with its figures and place, then rounding and missing data briefly.
    private func checkLines(_ checks: [CheckResult]) -> [String] {
        var lines = ["数据核对：\(CheckSummary.counts(checks))"]
        let mismatches = CheckSummary.mismatches(checks)
        if !mismatches.isEmpty {
            lines.append("不一致：")
            for (index, check) in mismatches.enumerated() {
                lines.append("  \(index + 1). 【\(check.severity.chineseName)】\(check.name)")
                lines.append("     \(check.explanation)")
                if let place = CheckSummary.place(check) { lines.append("     位置：\(place)") }
                // The expressions and their inputs are for rubric authors and assessors: --explain.
                if style.explain {
                    lines.append("     核对：\(check.statedExpression) \(check.relation.rawValue) \(check.computedExpression)")
                    lines.append("     数据：\(CheckSummary.inputs(check))")
                }
            }
        }
        for verdict in [CheckResult.Verdict.rounding, .insufficientData] {
            let listed = checks.filter { $0.verdict == verdict }
            guard !listed.isEmpty else { continue }
            lines.append("\(verdict.chineseName)：")
            lines += listed.map { "  - \($0.name)：\(ReasonText.plain($0.explanation, explain: style.explain))" }
        }
        return lines
    }

    private func groupLines(_ group: GroupResult, depth: Int, showClaims: Bool) -> [String] {
        var lines = [ResultText.groupLine(group, depth: depth)]
        if !group.indicators.isEmpty {
            var headers = ["指标", "分值", "得分"]
            var alignments: [TextTable.Alignment] = [.left, .right, .right]
            if showClaims {
                headers += ["自评分", "差异"]
                alignments += [.right, .right]
            }
            headers.append("说明")
            alignments.append(.left)
            var widths: [Int?] = headers.map { _ in nil }
            widths[0] = 24
            widths[widths.count - 1] = 60
            var table = TextTable(headers: headers, alignments: alignments, maxWidths: widths, style: style,
                                  flexibleColumn: headers.count - 1)
            for indicator in group.indicators {
                var row = ["\(indicator.id) \(indicator.name)", ResultText.pointsCell(indicator), ResultText.scoreCell(indicator)]
                if showClaims {
                    row.append(ResultText.score(indicator.claimedScore))
                    row.append(indicator.claimedScore.flatMap { claimed in
                        indicator.score.map { ResultText.signed(claimed - $0) }
                    } ?? "—")
                }
                row.append(ReasonText.plain(indicator.reason, explain: style.explain))
                table.add(row)
            }
            lines += table.renderLines()
        }
        lines.append("")
        for subgroup in group.groups {
            lines += groupLines(subgroup, depth: depth + 1, showClaims: showClaims)
        }
        return lines
    }
}
