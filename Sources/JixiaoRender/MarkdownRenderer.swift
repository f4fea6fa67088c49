import JixiaoEngine
import JixiaoExpression

/// The same report as Markdown, for pasting into documents and issue trackers.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ submission: SubmissionResult) -> String {
        String(decoding: bytes(submission), as: UTF8.self)
    }

    /// The report as UTF-8 bytes, for writing to a file without a String in between.
    public func bytes(_ submission: SubmissionResult) -> RenderedBytes {
        var output = MarkdownOutput()
        for result in submission.results {
            // Names and paths come from the submission and the rubric: escaped, never taken as Markdown or HTML.
            output.newLine()
            output.literal("## ")
            output.escaped { ResultText.writeHeading(submission, result, to: &$0) }
            output.line("")
            output.newLine()
            output.literal("提交文件：")
            output.code(submission.path)
            output.line("")
            if !result.rubric.checksOnly {
                output.newLine()
                output.literal("**")
                output.escaped { ResultText.writeTotal(result, to: &$0) }
                output.literal("**")
                output.line("")
            }
            if let claimed = ResultText.claimed(result) {
                output.newLine()
                output.escaped(claimed)
                output.line("")
            }
            for group in result.groups { writeGroup(group, level: 3, showClaims: result.claimedTotal != nil, to: &output) }
            if !result.checks.isEmpty { writeChecks(result.checks, to: &output) }
            let coverage = ResultText.coverage(result)
            if !coverage.isEmpty {
                for line in coverage {
                    output.newLine()
                    output.escaped(line)
                }
                output.line("")
            }
            if !result.skippedCheckSets.isEmpty {
                output.newLine()
                output.literal("未适用的核对规则集（提交文件没有相应数据）：")
                output.escaped(result.skippedCheckSets.joined(separator: "、"))
                output.line("")
            }
            if !result.metrics.isEmpty {
                output.line("### 计算项")
                output.line("")
                output.line("| 计算项 | 数值 |")
                output.line("|---|---:|")
                for metric in result.metrics {
                    output.startRow()
                    output.cell(metric.name)
                    output.cell(metric.shown)
                }
                output.line("")
            }
        }
        return output.take()
    }

    private func writeChecks(_ checks: [CheckResult], to output: inout MarkdownOutput) {
        output.line("### 数据核对")
        output.line("")
        output.newLine()
        output.plain { CheckSummary.writeCounts(checks, to: &$0) }
        output.line("")
        let mismatches = CheckSummary.mismatches(checks)
        if !mismatches.isEmpty {
            output.line("#### 不一致")
            output.line("")
            output.line("| # | 核对 | 说明 | 位置 | 数据 |")
            output.line("|---:|---|---|---|---|")
            for (index, check) in mismatches.enumerated() {
                output.startRow()
                output.cell(String(index + 1))
                output.cell("【\(check.severity.chineseName)】\(check.name)")
                output.cell(check.explanation)
                output.cell(CheckSummary.place(check) ?? "")
                output.cell(CheckSummary.inputs(check))
            }
            output.line("")
        }
        for verdict in [CheckResult.Verdict.rounding, .insufficientData] {
            // By index, not filtered into a new array: that copied every check listed.
            guard checks.contains(where: { $0.verdict == verdict }) else { continue }
            output.newLine()
            output.literal("#### ")
            output.plain(verdict.chineseName)
            output.line("")
            for index in checks.indices where checks[index].verdict == verdict {
                output.newLine()
                output.literal("- ")
                output.escaped(checks[index].name)
                output.literal("：")
                output.escaped(checks[index].explanation)
            }
            output.line("")
        }
    }

    private func writeGroup(_ group: GroupResult, level: Int, showClaims: Bool, to output: inout MarkdownOutput) {
        output.newLine()
        for _ in 0..<min(level, 6) { output.literal("#") }
        output.literal(" ")
        output.escaped { ResultText.writeGroupLine(group, depth: 0, to: &$0) }
        output.line("")
        if !group.indicators.isEmpty {
            output.line(showClaims ? "| 指标 | 分值 | 得分 | 自评分 | 说明 |" : "| 指标 | 分值 | 得分 | 说明 |")
            output.line(showClaims ? "|---|---:|---:|---:|---|" : "|---|---:|---:|---|")
            for indicator in group.indicators {
                output.startRow()
                output.cell { cell in
                    cell.append(indicator.id)
                    cell.append(" ")
                    cell.append(indicator.name)
                }
                output.cell { ResultText.writePointsCell(indicator, to: &$0) }
                output.cell { ResultText.writeScoreCell(indicator, to: &$0) }
                if showClaims { output.cell { ResultText.writeScore(indicator.claimedScore, to: &$0) } }
                output.cell(indicator.reason)
            }
            output.line("")
        }
        for subgroup in group.groups { writeGroup(subgroup, level: level + 1, showClaims: showClaims, to: &output) }
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
