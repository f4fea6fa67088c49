import JixiaoCompare
import JixiaoEngine

/// The comparison as plain text for a terminal: ranking, matrix, statistics, metrics, year over year.
public struct CompareTextRenderer: Sendable {
    public var style: TextStyle

    public init(style: TextStyle = TextStyle()) {
        self.style = style
    }

    public func render(_ comparisons: [Comparison]) -> String {
        comparisons.map(render).joined(separator: "\n")
    }

    /// On a terminal, department headers wrap at this width so more departments share a page of the matrix.
    private var departmentWidth: Int? { style.width == nil ? nil : 14 }

    public func render(_ comparison: Comparison) -> String {
        var lines = ["== \(CompareText.heading(comparison)) ==", ""]
        lines.append(CompareText.countLine(comparison))
        lines += ["", "【排名】", CompareText.tieRule]
        var ranking = TextTable(headers: CompareText.rankingHeaders,
                                alignments: [.right, .left, .right, .right, .right, .right, .left, .right, .right],
                                style: style, flexibleColumn: 1)
        comparison.ranking.forEach { ranking.add(CompareText.rankingCells($0)) }
        lines += ranking.renderLines()
        lines += CompareText.vetoLines(comparison)

        if !comparison.excluded.isEmpty {
            lines += ["", "【不参与排名】（不计入名次、等级分布和统计）"]
            var excluded = TextTable(headers: CompareText.excludedHeaders,
                                     alignments: [.left, .right, .left, .right, .right, .left, .left],
                                     maxWidths: [nil, nil, nil, nil, nil, nil, 40], style: style, flexibleColumn: 6)
            comparison.excluded.forEach { excluded.add(CompareText.excludedCells($0)) }
            lines += excluded.renderLines()
        }

        lines += ["", "【指标得分矩阵】（得分；未评分时写明原因；括号内为失分）"]
        var matrix = TextTable(headers: ["指标", "满分"] + comparison.rows.map(\.label),
                               alignments: [.left, .right] + comparison.rows.map { _ in .right },
                               maxWidths: [24, nil] + comparison.rows.map { _ in departmentWidth }, style: style, repeatedColumns: 2)
        for column in comparison.indicators {
            matrix.add(["\(column.id) \(column.name)", CompareText.score(column.points)] + comparison.rows.map { row in
                CompareText.matrixCell(row, comparison.cell(row, column.id))
            })
        }
        lines += matrix.renderLines()

        lines += ["", "【统计】（均值、中位数只计已评分的值）"]
        var statistics = TextTable(headers: ["项目"] + CompareText.statisticsHeaders,
                                   alignments: [.left, .right, .right, .right, .right, .right, .right], maxWidths: [24, nil, nil, nil, nil, nil, nil],
                                   style: style, flexibleColumn: 0)
        statistics.add(["总分"] + CompareText.statistics(comparison.totalStatistics))
        for group in comparison.groups { statistics.add([group.name] + CompareText.statistics(group.statistics)) }
        for column in comparison.indicators { statistics.add(["\(column.id) \(column.name)"] + CompareText.statistics(column.statistics)) }
        lines += statistics.renderLines()

        if !comparison.metrics.isEmpty {
            lines += ["", "【计算项对比】"]
            var metrics = TextTable(headers: ["计算项"] + comparison.rows.map(\.label),
                                    alignments: [.left] + comparison.rows.map { _ in .right },
                                    maxWidths: [28] + comparison.rows.map { _ in departmentWidth }, style: style, repeatedColumns: 1)
            for column in comparison.metrics {
                metrics.add([column.name] + comparison.rows.map { CompareText.metric(comparison.metric($0, column.id)) })
            }
            lines += metrics.renderLines()
        }

        for change in comparison.yearOverYear {
            lines += ["", "【同比】\(change.department)：\(change.fromYear)年 → \(change.toYear)年",
                      "总分 \(CompareText.figure(change.total.before, unit: "")) → \(CompareText.figure(change.total.after, unit: ""))（\(CompareText.delta(change.total))）；等级 \(CompareText.grade(change.gradeBefore)) → \(CompareText.grade(change.gradeAfter))"]
            if let unlike = CompareText.unlike(change) { lines.append("注：" + unlike) }
            var table = TextTable(headers: ["项目", "\(change.fromYear)年", "\(change.toYear)年", "变化"],
                                  alignments: [.left, .right, .right, .right], maxWidths: [28, nil, nil, nil], style: style,
                                  flexibleColumn: 0)
            for item in change.groups + change.indicators + change.metrics {
                table.add([item.name, CompareText.figure(item.before, unit: item.unit),
                           CompareText.figure(item.after, unit: item.unit), CompareText.delta(item)])
            }
            lines += table.renderLines()
        }
        if !comparison.duplicates.isEmpty {
            lines += ["", "同一部门同一年度重复出现，只保留先给出的一份：" + comparison.duplicates.map(\.path).joined(separator: "、")]
        }
        // Each entry is one line; names from the submissions cannot add lines or escape codes.
        return style.finish(lines).joined(separator: "\n") + "\n"
    }
}
