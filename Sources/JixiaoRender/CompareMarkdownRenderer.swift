import JixiaoCompare
import JixiaoEngine

/// The comparison as Markdown tables, for documents and issue trackers.
public struct CompareMarkdownRenderer: Sendable {
    public init() {}

    public func render(_ comparisons: [Comparison]) -> String {
        comparisons.map(render).joined(separator: "\n")
    }

    public func render(_ comparison: Comparison) -> String {
        var lines = ["## \(escape(CompareText.heading(comparison)))", ""]
        lines += [escape(CompareText.countLine(comparison)), ""]
        lines += ["### 排名", "", CompareText.tieRule, ""]
        lines += table(CompareText.rankingHeaders, comparison.ranking.map(CompareText.rankingCells), numeric: [0, 2, 3, 4, 5, 7, 8])
        let vetoes = CompareText.vetoLines(comparison)
        if !vetoes.isEmpty { lines += vetoes.map { "- " + escape($0) } + [""] }
        if !comparison.excluded.isEmpty {
            lines += ["### 不参与排名", "", "不计入名次、等级分布和统计。", ""]
            lines += table(CompareText.excludedHeaders, comparison.excluded.map(CompareText.excludedCells), numeric: [1, 3, 4])
        }

        lines += ["### 指标得分矩阵", ""]
        lines += table(["指标", "满分"] + comparison.rows.map(\.label), comparison.indicators.map { column in
            ["\(column.id) \(column.name)", CompareText.score(column.points)] + comparison.rows.map { row in
                CompareText.matrixCell(row, comparison.cell(row, column.id))
            }
        }, numeric: Set(1...(comparison.rows.count + 1)))

        lines += ["### 统计", "", "均值、中位数只计已评分的值。", ""]
        var statistics = [["总分"] + CompareText.statistics(comparison.totalStatistics)]
        statistics += comparison.groups.map { [$0.name] + CompareText.statistics($0.statistics) }
        statistics += comparison.indicators.map { ["\($0.id) \($0.name)"] + CompareText.statistics($0.statistics) }
        lines += table(["项目"] + CompareText.statisticsHeaders, statistics, numeric: Set(1...6))

        if !comparison.metrics.isEmpty {
            lines += ["### 计算项对比", ""]
            lines += table(["计算项"] + comparison.rows.map(\.label), comparison.metrics.map { column in
                [column.name] + comparison.rows.map { CompareText.metric(comparison.metric($0, column.id)) }
            }, numeric: Set(1...comparison.rows.count))
        }
        for change in comparison.yearOverYear {
            lines += ["### 同比：\(escape(change.department)) \(change.fromYear)年 → \(change.toYear)年", ""]
            lines += [escape("等级 \(CompareText.grade(change.gradeBefore)) → \(CompareText.grade(change.gradeAfter))"), ""]
            if let unlike = CompareText.unlike(change) { lines += ["注：" + escape(unlike), ""] }
            lines += table(["项目", "\(change.fromYear)年", "\(change.toYear)年", "变化"],
                           ([change.total] + change.groups + change.indicators + change.metrics).map { item in
                [item.name, CompareText.figure(item.before, unit: item.unit), CompareText.figure(item.after, unit: item.unit),
                 CompareText.delta(item)]
            }, numeric: [1, 2, 3])
        }
        if !comparison.duplicates.isEmpty {
            lines += [escape("同一部门同一年度重复出现，只保留先给出的一份：" + comparison.duplicates.map(\.path).joined(separator: "、")), ""]
        }
        return lines.joined(separator: "\n")
    }

    private func table(_ headers: [String], _ rows: [[String]], numeric: Set<Int>) -> [String] {
        let rule = headers.indices.map { numeric.contains($0) ? "---:" : "---" }
        return (["| " + headers.map(escape).joined(separator: " | ") + " |", "|" + rule.joined(separator: "|") + "|"]
            + rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }) + [""]
    }

    private func escape(_ text: String) -> String { MarkdownText.cell(text) }
}
