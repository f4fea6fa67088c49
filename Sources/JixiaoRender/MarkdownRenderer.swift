import JixiaoEngine
import JixiaoExpression

/// The same report as Markdown, for pasting into documents and issue trackers.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ submission: SubmissionResult) -> String {
        var lines: [String] = []
        for result in submission.results {
            // Names and paths come from the submission and the rubric: escaped, never taken as Markdown or HTML.
            lines += ["## \(escape(ResultText.heading(submission, result)))", "", "提交文件：\(MarkdownText.code(submission.path))", ""]
            if !result.rubric.checksOnly { lines += ["**\(escape(ResultText.total(result)))**", ""] }
            if let claimed = ResultText.claimed(result) { lines += [escape(claimed), ""] }
            for group in result.groups { lines += groupLines(group, level: 3, showClaims: result.claimedTotal != nil) }
            if !result.checks.isEmpty { lines += checkLines(result.checks) }
            let coverage = ResultText.coverage(result)
            if !coverage.isEmpty { lines += coverage.map { escape($0) } + [""] }
            if !result.skippedCheckSets.isEmpty {
                lines += ["未适用的核对规则集（提交文件没有相应数据）：\(escape(result.skippedCheckSets.joined(separator: "、")))", ""]
            }
            if !result.metrics.isEmpty {
                lines += ["### 计算项", "", "| 计算项 | 数值 |", "|---|---:|"]
                lines += result.metrics.map { "| \(escape($0.name)) | \(escape($0.shown)) |" }
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func checkLines(_ checks: [CheckResult]) -> [String] {
        var lines = ["### 数据核对", "", CheckSummary.counts(checks), ""]
        let mismatches = CheckSummary.mismatches(checks)
        if !mismatches.isEmpty {
            lines += ["#### 不一致", "", "| # | 核对 | 说明 | 位置 | 数据 |", "|---:|---|---|---|---|"]
            for (index, check) in mismatches.enumerated() {
                let cells = ["\(index + 1)", "【\(check.severity.chineseName)】\(check.name)", check.explanation,
                             CheckSummary.place(check) ?? "", CheckSummary.inputs(check)]
                lines.append("| " + cells.map(escape).joined(separator: " | ") + " |")
            }
            lines.append("")
        }
        for verdict in [CheckResult.Verdict.rounding, .insufficientData] {
            let listed = checks.filter { $0.verdict == verdict }
            guard !listed.isEmpty else { continue }
            lines += ["#### \(verdict.chineseName)", ""]
            lines += listed.map { "- \(escape($0.name))：\(escape($0.explanation))" }
            lines.append("")
        }
        return lines
    }

    private func groupLines(_ group: GroupResult, level: Int, showClaims: Bool) -> [String] {
        var lines = [String(repeating: "#", count: min(level, 6)) + " " + escape(ResultText.groupLine(group, depth: 0)), ""]
        if !group.indicators.isEmpty {
            lines.append(showClaims ? "| 指标 | 分值 | 得分 | 自评分 | 说明 |" : "| 指标 | 分值 | 得分 | 说明 |")
            lines.append(showClaims ? "|---|---:|---:|---:|---|" : "|---|---:|---:|---|")
            for indicator in group.indicators {
                var cells = ["\(indicator.id) \(indicator.name)", ResultText.pointsCell(indicator), ResultText.scoreCell(indicator)]
                if showClaims { cells.append(ResultText.score(indicator.claimedScore)) }
                cells.append(indicator.reason)
                lines.append("| " + cells.map(escape).joined(separator: " | ") + " |")
            }
            lines.append("")
        }
        for subgroup in group.groups { lines += groupLines(subgroup, level: level + 1, showClaims: showClaims) }
        return lines
    }

    private func escape(_ text: String) -> String { MarkdownText.cell(text) }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
