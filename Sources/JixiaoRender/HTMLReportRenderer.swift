import JixiaoCompare
import JixiaoEngine
import JixiaoExpression

/// The comparison as ONE self-contained HTML file in Chinese: summary, ranking chart, indicator heat map,
/// one profile per department and the tables behind the charts.
///
/// Self-contained means no external reference of any kind: inline CSS, inline SVG, system fonts, no
/// scripts, no links, no images. All text is escaped. The output depends only on the input (and the
/// engine version in the footer), so it is byte-identical run to run.
public struct HTMLReportRenderer: Sendable {
    public var engineVersion: String
    /// Shown in the title; defaults to 部门绩效评价对比报告.
    public var title: String

    public init(engineVersion: String, title: String = "部门绩效评价对比报告") {
        self.engineVersion = engineVersion
        self.title = title
    }

    private typealias E = HTMLReportEscaping

    public func render(_ comparisons: [Comparison]) -> String {
        var html = [
            "<!DOCTYPE html>",
            #"<html lang="zh-CN">"#,
            "<head>",
            #"<meta charset="utf-8">"#,
            #"<meta name="viewport" content="width=device-width, initial-scale=1">"#,
            "<title>\(E.escape(title))</title>",
            "<style>", HTMLReportStyle.css, "</style>",
            "</head>",
            "<body>",
            #"<header class="report">"#,
            "<h1>\(E.escape(title))</h1>",
            "<p>\(E.escape(comparisons.map { "\($0.rubricTitle)：\($0.ranking.count) 个评价对象" }.joined(separator: "；")))</p>",
            "</header>",
            "<main>",
        ]
        if comparisons.isEmpty { html.append(#"<p class="note">没有可对比的结果。</p>"#) }
        for (index, comparison) in comparisons.enumerated() {
            html += section(comparison, number: index + 1)
        }
        html += ["</main>",
                 "<footer>由 jixiao \(E.escape(engineVersion)) 生成。分数均按精确有理数计算，显示时四舍五入。</footer>",
                 "</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    private func section(_ comparison: Comparison, number: Int) -> [String] {
        let charts = HTMLReportCharts(comparison: comparison)
        var html = [#"<section class="rubric" id="rubric-\#(number)">"#, "<h2>\(E.escape(CompareText.heading(comparison)))</h2>"]
        html += summary(comparison, charts: charts)
        html += ["<h3>得分排名</h3>", "<figure>", #"<div class="chart">"#, charts.ranking(comparison), "</div>",
                 #"<figcaption class="note">条形长度为得分（刻度 0 至满分），颜色表示等级，虚线框为已评分值（可评分的分值）。\#(E.escape(CompareText.tieRule))</figcaption>"#,
                 "</figure>"]
        html += heatMap(comparison)
        html += ["<h3>各部门概况</h3>", #"<div class="profiles">"#]
        for entry in comparison.ranking { html += profile(entry, charts: charts) }
        html.append("</div>")
        html += tables(comparison)
        html.append("</section>")
        return html
    }

    private func summary(_ comparison: Comparison, charts: HTMLReportCharts) -> [String] {
        let total = comparison.totalStatistics
        let card = { (label: String, value: String) in
            #"<div class="card"><div class="label">\#(E.escape(label))</div><div class="value">\#(E.escape(value))</div></div>"#
        }
        var html = ["<h3>概览</h3>", #"<div class="cards">"#,
                    card("参与排名", "\(comparison.ranking.count) 个"),
                    card("平均分", CompareText.score(total.mean)),
                    card("中位数", CompareText.score(total.median)),
                    card("最高 / 最低", "\(CompareText.score(total.maximum)) / \(CompareText.score(total.minimum))"),
                    card("满分", NumberFormat.score(comparison.totalPoints)),
                    "</div>"]
        var chips = comparison.gradeCounts.map {
            #"<span class="grade-chip" style="background:\#(charts.colour($0.grade))">\#(E.escape("\($0.grade) \($0.count)"))</span>"#
        }
        if comparison.ungraded > 0 {
            chips.append(#"<span class="grade-chip" style="background:\#(HTMLReportEscaping.ungradedColour)">未评等级 \#(comparison.ungraded)</span>"#)
        }
        html.append("<p>等级分布：" + chips.joined() + "</p>")
        html.append(charts.gradeStrip(comparison))
        for line in CompareText.vetoLines(comparison) {
            html.append(#"<p class="veto">\#(E.escape(line))</p>"#)
        }
        if !comparison.excluded.isEmpty {
            html.append("<h4>\(E.escape("不参与排名（\(comparison.excluded.count) 个，不计入名次、等级分布和统计）"))</h4>")
            html += table(CompareText.excludedHeaders, comparison.excluded.map(CompareText.excludedCells), numeric: [1, 3, 4])
        }
        if !comparison.duplicates.isEmpty {
            html.append(#"<p class="note">\#(E.escape("同一部门同一年度重复出现，只保留先给出的一份：" + comparison.duplicates.map(\.path).joined(separator: "、")))</p>"#)
        }
        return html
    }

    /// Departments × indicators, each cell coloured by the share of the indicator's points earned.
    private func heatMap(_ comparison: Comparison) -> [String] {
        // Regular indicators and vetoes (a triggered veto must show); bonuses have no share to colour.
        let columns = comparison.indicators.filter { $0.role != .bonus }
        var html = ["<h3>指标得分热力图</h3>",
                    #"<p class="note">单元格颜色为该指标得分占满分的比例；数字为得分，小字为失分。未评分的单元格写明原因。一票否决的分组，其指标单元格加红框并注明“否决，计 0”。</p>"#,
                    #"<div class="legend">"#]
        for percent in stride(from: 0, through: 100, by: 20) {
            let colour = E.heatColour(Rational(percent).divided(by: .hundred)!)
            html.append(#"<span><span class="swatch" style="background:\#(colour)"></span>\#(percent)%</span>"#)
        }
        html += [#"<span><span class="swatch" style="background:#e4e7eb"></span>未评分</span>"#,
                 #"<span><span class="swatch vetoed"></span>一票否决</span>"#,
                 #"<span><span class="swatch" style="background:repeating-linear-gradient(45deg,#fff,#fff 4px,#eef0f3 4px,#eef0f3 8px)"></span>规则中无此指标</span>"#,
                 "</div>", #"<div class="scroll">"#, #"<table class="heat">"#, "<thead><tr><th>部门</th>"]
        for column in columns {
            html.append(#"<th class="indicator" title="\#(E.escape(column.name))">\#(E.escape(column.id))<br>\#(E.escape(column.name))<br><small>\#(E.escape(NumberFormat.score(column.points))) 分</small></th>"#)
        }
        html.append("</tr></thead><tbody>")
        for row in comparison.rows {
            var cells = ["<tr><th>\(E.escape(row.label))</th>"]
            for column in columns {
                let cell = comparison.cell(row, column.id)
                let tip = E.escape("\(row.label) · \(column.id) \(column.name)：\(CompareText.matrixCell(row, cell))")
                let zeroed = CompareText.zeroedByVeto(row, cell)
                if let cell, cell.vetoTriggered {
                    cells.append(#"<td class="cell veto-triggered" title="\#(tip)">\#(E.escape(CompareText.cell(cell)))</td>"#)
                } else if let cell, let share = cell.share {
                    let lost = CompareText.lost(cell)
                    let small = [lost, zeroed ? "否决，计 0" : ""].filter { !$0.isEmpty }.map { "<small>\(E.escape($0))</small>" }.joined()
                    cells.append(#"<td class="cell\#(zeroed ? " vetoed" : "")" title="\#(tip)" style="background:\#(E.heatColour(zeroed ? .zero : share))">\#(E.escape(CompareText.cell(cell)))\#(small)</td>"#)
                } else if cell != nil {
                    cells.append(#"<td class="cell unscored" title="\#(tip)">\#(E.escape(CompareText.cell(cell)))</td>"#)
                } else {
                    cells.append(#"<td class="cell absent" title="\#(tip)">—</td>"#)
                }
            }
            html.append(cells.joined() + "</tr>")
        }
        html += ["</tbody>", "</table>", "</div>"]
        return html
    }

    private func profile(_ entry: RankedRow, charts: HTMLReportCharts) -> [String] {
        let row = entry.row
        var html = [#"<article class="profile">"#,
                    "<h3>\(E.escape("第 \(entry.rank) 名 · \(row.label)"))</h3>",
                    "<p>\(E.escape("得分 \(NumberFormat.score(row.score)) / 已评分值 \(NumberFormat.score(row.maxApplicable))（得分率 \(CompareText.percent(row.share))），等级 \(CompareText.grade(row.grade))；数据核对不一致 \(row.mismatchCount) 项，发现问题 \(row.findingCount) 条。"))</p>"]
        if let veto = row.vetoSummary { html.append(#"<p class="veto">\#(E.escape(veto))</p>"#) }
        html += [#"<div class="chart">"#, charts.profile(row), "</div>"]
        let limit = 5
        if !row.mismatches.isEmpty {
            html.append("<h4>数据核对不一致</h4><ul>")
            // Already in order of importance: errors, then the largest amounts (see ComparisonRow.Mismatch).
            html += row.mismatches.prefix(limit).map { "<li>\(E.escape("【\($0.severity.chineseName)】\($0.name)：\($0.explanation)"))</li>" }
            if row.mismatches.count > limit { html.append("<li>\(E.escape("另有 \(row.mismatches.count - limit) 项，见单项报告"))</li>") }
            html.append("</ul>")
        }
        if !row.findings.isEmpty {
            // Largest points at stake first; equal stakes keep the rubric's order.
            let top = row.findings.enumerated().sorted {
                $0.element.pointsAtStake != $1.element.pointsAtStake ? $0.element.pointsAtStake > $1.element.pointsAtStake : $0.offset < $1.offset
            }.map(\.element)
            html.append("<h4>主要问题</h4><ul>")
            html += top.prefix(limit).map { "<li>\(E.escape("\($0.problem)（涉及失分 \(NumberFormat.score($0.pointsAtStake))）"))</li>" }
            if top.count > limit { html.append("<li>\(E.escape("另有 \(top.count - limit) 条"))</li>") }
            html.append("</ul>")
        }
        html += [#"<p class="note">\#(E.escape("来源：\(row.path)"))</p>"#, "</article>"]
        return html
    }

    private func tables(_ comparison: Comparison) -> [String] {
        var html = ["<h3>排名表</h3>"]
        html += table(CompareText.rankingHeaders, comparison.ranking.map(CompareText.rankingCells), numeric: [0, 2, 3, 4, 5, 7, 8])

        html.append("<h3>指标得分矩阵</h3>")
        html += table(["指标", "满分"] + comparison.rows.map(\.label), comparison.indicators.map { column in
            ["\(column.id) \(column.name)", NumberFormat.score(column.points)] + comparison.rows.map { row in
                CompareText.matrixCell(row, comparison.cell(row, column.id))
            }
        }, numeric: Set(1...(comparison.rows.count + 1)), wide: true)

        html += ["<h3>统计</h3>", #"<p class="note">均值、中位数只计已评分的值；“未评分数”为未评分或规则中没有该指标的评价对象数。</p>"#]
        var statistics = [["总分"] + CompareText.statistics(comparison.totalStatistics)]
        statistics += comparison.groups.map { [$0.name] + CompareText.statistics($0.statistics) }
        statistics += comparison.indicators.map { ["\($0.id) \($0.name)"] + CompareText.statistics($0.statistics) }
        html += table(["项目"] + CompareText.statisticsHeaders, statistics, numeric: Set(1...6))

        if !comparison.metrics.isEmpty {
            html.append("<h3>计算项对比</h3>")
            html += table(["计算项"] + comparison.rows.map(\.label), comparison.metrics.map { column in
                [column.name] + comparison.rows.map { CompareText.metric(comparison.metric($0, column.id)) }
            }, numeric: Set(1...comparison.rows.count), wide: true)
        }
        if !comparison.yearOverYear.isEmpty {
            html.append("<h3>同比变化</h3>")
            for change in comparison.yearOverYear {
                html.append("<h4>\(E.escape("\(change.department)：\(change.fromYear)年 → \(change.toYear)年（等级 \(CompareText.grade(change.gradeBefore)) → \(CompareText.grade(change.gradeAfter))）"))</h4>")
                if let unlike = CompareText.unlike(change) { html.append(#"<p class="note">\#(E.escape("注：" + unlike))</p>"#) }
                let items = [change.total] + change.groups + change.indicators + change.metrics
                html += table(["项目", "\(change.fromYear)年", "\(change.toYear)年", "变化"], items.map { item in
                    [item.name, CompareText.figure(item.before, unit: item.unit), CompareText.figure(item.after, unit: item.unit),
                     CompareText.delta(item)]
                }, numeric: [1, 2, 3], changeClasses: (3, items.map(CompareText.changeClass)))
                html.append(#"<p class="note">变化按两年显示的数值相减；绿色为变好、红色为变差（得分越高越好；计算项按规则声明的好坏方向 better，未声明的不着色）。</p>"#)
            }
        }
        return html
    }

    /// A table; `changeClasses` gives a column and, per row, the class (better / worse) of that column's cell.
    private func table(_ headers: [String], _ rows: [[String]], numeric: Set<Int>,
                       changeClasses: (column: Int, classes: [String?])? = nil, wide: Bool = false) -> [String] {
        // A wide table (one column per department) scrolls sideways on screen instead of squeezing the names.
        var html = [wide ? #"<div class="scroll"><table class="wide">"# : "<table>", "<thead><tr>" + headers.enumerated().map { index, header in
            #"<th\#(numeric.contains(index) ? #" class="num""# : "")>\#(E.escape(header))</th>"#
        }.joined() + "</tr></thead>", "<tbody>"]
        for (rowIndex, row) in rows.enumerated() {
            html.append("<tr>" + row.enumerated().map { index, cell in
                var classes: [String] = numeric.contains(index) ? ["num"] : []
                if let changeClasses, index == changeClasses.column, let extra = changeClasses.classes[rowIndex] { classes.append(extra) }
                return "<td\(classes.isEmpty ? "" : #" class="\#(classes.joined(separator: " "))""#)>\(E.escape(cell))</td>"
            }.joined() + "</tr>")
        }
        html += ["</tbody>", wide ? "</table></div>" : "</table>"]
        return html
    }
}
