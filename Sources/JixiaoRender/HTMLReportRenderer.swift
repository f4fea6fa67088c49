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

    /// The report as one string, for comparisons built from full rows.
    public func render(_ comparisons: [Comparison]) -> String {
        var text = ""
        // Nothing here can throw: the rows are in memory and the output is a string.
        try! write(comparisons, rows: InMemoryReportRows()) { text += $0 }
        return text
    }

    /// Writes the report piece by piece to `write`, fetching full rows and spooling table columns through `rows`,
    /// so memory does not grow with the report. The bytes are those of ``render(_:)``.
    public func write(_ comparisons: [Comparison], rows: any HTMLReportRows,
                      to write: @escaping (String) throws -> Void) throws {
        try writeStart(comparisons, to: write)
        for (index, comparison) in comparisons.enumerated() {
            try writeSection(comparison, number: index + 1, rows: rows, to: write)
        }
        try writeEnd(to: write)
    }

    // The report in parts, for a caller that renders the sections apart (a batch renders each rubric's section on
    // a thread of its own): the start, each section in order, the end give the bytes of write(_:rows:to:).

    /// Everything before the first section; it names every comparison.
    public func writeStart(_ comparisons: [Comparison], to write: @escaping (String) throws -> Void) throws {
        let out = HTMLReportOutput(write)
        try out.lines([
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
        ])
        if comparisons.isEmpty { try out.line(#"<p class="note">没有可对比的结果。</p>"#) }
    }

    /// One comparison's section; `number` counts from 1 in the report's order.
    /// `writeUTF8`, when given, takes what is already bytes (pieces rendered ahead) in place of `write`.
    public func writeSection(_ comparison: Comparison, number: Int, rows: any HTMLReportRows,
                             to write: @escaping (String) throws -> Void,
                             utf8 writeUTF8: ((ArraySlice<UInt8>) throws -> Void)? = nil) throws {
        try section(comparison, number: number, rows: rows, out: HTMLReportOutput(write, utf8: writeUTF8))
    }

    /// Everything after the last section.
    public func writeEnd(to write: @escaping (String) throws -> Void) throws {
        try HTMLReportOutput(write).lines(["</main>",
                                           "<footer>由 jixiao \(E.escape(engineVersion)) 生成。分数均按精确有理数计算，显示时四舍五入。</footer>",
                                           "</body>", "</html>"])
    }

    private func section(_ comparison: Comparison, number: Int, rows: any HTMLReportRows, out: HTMLReportOutput) throws {
        let charts = HTMLReportCharts(comparison: comparison)
        try out.lines([#"<section class="rubric" id="rubric-\#(number)">"#, "<h2>\(E.escape(CompareText.heading(comparison)))</h2>"])
        try summary(comparison, charts: charts, out: out)
        try out.lines(["<h3>得分排名</h3>", "<figure>", #"<div class="chart">"#])
        try charts.ranking(comparison, out: out)
        try out.lines(["</div>",
                       #"<figcaption class="note">条形长度为得分（刻度 0 至满分），颜色表示等级，虚线框为已评分值（可评分的分值）。\#(E.escape(CompareText.tieRule))</figcaption>"#,
                       "</figure>"])
        // The matrix and the side-by-side metrics have one column per department: their cells are gathered in
        // the heat map's pass over the rows and read back one table row at a time.
        let columns = try rows.makeColumns(count: comparison.indicators.count + comparison.metrics.count)
        defer { columns.discard() }
        let layout = HTMLReportRowLayout(comparison: comparison)
        try heatMap(comparison, layout: layout, rows: rows, columns: columns, out: out)
        try out.lines(["<h3>各部门概况</h3>", #"<div class="profiles">"#])
        for entry in comparison.ranking {
            if let pieces = try rows.pieces(of: entry, layout: layout) {
                try pieces.forEachProfilePart(rank: entry.rank, colour: charts.colour(entry.row.grade)) { try out.part(utf8: $0) }
            } else {
                let row = try rows.details(of: entry)
                var html = ByteBuffer()
                Self.appendProfile(rank: String(entry.rank), row: row, colour: charts.colour(row.grade), to: &html)
                try out.part(utf8: html.array[...])
            }
        }
        try out.line("</div>")
        try tables(comparison, columns: columns, out: out)
        try out.line("</section>")
    }

    private func summary(_ comparison: Comparison, charts: HTMLReportCharts, out: HTMLReportOutput) throws {
        let total = comparison.totalStatistics
        let card = { (label: String, value: String) in
            #"<div class="card"><div class="label">\#(E.escape(label))</div><div class="value">\#(E.escape(value))</div></div>"#
        }
        try out.lines(["<h3>概览</h3>", #"<div class="cards">"#,
                       card("参与排名", "\(comparison.ranking.count) 个"),
                       card("平均分", CompareText.score(total.mean)),
                       card("中位数", CompareText.score(total.median)),
                       card("最高 / 最低", "\(CompareText.score(total.maximum)) / \(CompareText.score(total.minimum))"),
                       card("满分", NumberFormat.score(comparison.totalPoints)),
                       "</div>"])
        var chips = comparison.gradeCounts.map {
            #"<span class="grade-chip" style="background:\#(charts.colour($0.grade))">\#(E.escape("\($0.grade) \($0.count)"))</span>"#
        }
        if comparison.ungraded > 0 {
            chips.append(#"<span class="grade-chip" style="background:\#(HTMLReportEscaping.ungradedColour)">未评等级 \#(comparison.ungraded)</span>"#)
        }
        try out.line("<p>等级分布：" + chips.joined() + "</p>")
        try out.line(charts.gradeStrip(comparison))
        for line in CompareText.vetoLines(comparison) {
            try out.line(#"<p class="veto">\#(E.escape(line))</p>"#)
        }
        if !comparison.excluded.isEmpty {
            try out.line("<h4>\(E.escape("不参与排名（\(comparison.excluded.count) 个，不计入名次、等级分布和统计）"))</h4>")
            let numeric: Set = [1, 3, 4]
            try tableStart(CompareText.excludedHeaders, numeric: numeric.contains, out: out)
            for excluded in comparison.excluded {
                try tableRow(CompareText.excludedCells(excluded), numeric: numeric.contains, out: out)
            }
            try tableEnd(out: out)
        }
        if !comparison.duplicates.isEmpty {
            try out.part(#"<p class="note">"#)
            try out.part(E.escape("同一部门同一年度重复出现，只保留先给出的一份："))
            for (index, duplicate) in comparison.duplicates.enumerated() {
                try out.part(E.escape((index > 0 ? "、" : "") + duplicate.path))
            }
            try out.line("</p>")
        }
    }

    /// Departments × indicators, each cell coloured by the share of the indicator's points earned. The pass over
    /// the rows also gathers the cells of the indicator matrix and the metric table into `columns`.
    private func heatMap(_ comparison: Comparison, layout: HTMLReportRowLayout, rows: any HTMLReportRows,
                         columns: any HTMLReportColumns, out: HTMLReportOutput) throws {
        // Regular indicators and vetoes (a triggered veto must show); bonuses have no share to colour.
        let heatColumns = comparison.indicators.filter { $0.role != .bonus }
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
        for column in heatColumns {
            html.append(#"<th class="indicator" title="\#(E.escape(column.name))">\#(E.escape(column.id))<br>\#(E.escape(column.name))<br><small>\#(E.escape(NumberFormat.score(column.points))) 分</small></th>"#)
        }
        html.append("</tr></thead><tbody>")
        try out.lines(html)
        let heatIds = heatColumns.map { ($0.id, $0.name) }
        let indicatorIds = comparison.indicators.map(\.id), metricIds = comparison.metrics.map(\.id)
        for entry in comparison.ranking {
            if let pieces = try rows.pieces(of: entry, layout: layout) {
                try out.line(utf8: pieces.heatRowUTF8)
                try pieces.forEachCell { index, cell in try columns.append(utf8: cell, toColumn: index) }
            } else {
                let row = try rows.details(of: entry)
                try out.line(Self.heatRow(row, columns: heatIds))
                let cells = Self.columnCells(row, indicatorIds: indicatorIds, metricIds: metricIds)
                for index in 0..<cells.count { try columns.append(utf8: cells[index], toColumn: index) }
            }
        }
        try out.lines(["</tbody>", "</table>", "</div>"])
    }

    /// What one of a row's indicators shows in the heat map and in the indicator matrix, made once for both.
    struct IndicatorCell {
        /// How the heat map shows the row's first indicator with the column's id.
        enum Shade {
            /// The row has no such indicator.
            case absent
            /// A triggered veto.
            case vetoTriggered
            /// No share of points to colour by: not scored, a bonus, an untriggered veto.
            case unscored
            /// The share of the indicator's points earned (``ComparisonRow/IndicatorScore/share``).
            case share(Rational)
        }

        /// Kept instead of the indicator itself, which the heat map copied for each cell to read two fields.
        var shade: Shade
        /// "4", "已触发否决", "—".
        var cell: String
        /// "失 11", or empty.
        var lost: String
        var zeroedByVeto: Bool
        /// The matrix cell, also the heat map cell's title: "4（失 11）".
        var matrix: String
    }

    /// The cells of `row`'s indicators with these ids, in their order.
    static func indicatorCells(_ row: ComparisonRow, ids: [String]) -> [IndicatorCell] {
        let paired = ItemsById.first(ids, in: row.indicators, id: \.id)
        // Nearly no row has a veto: then no indicator's group needs looking up.
        let anyVeto = row.vetoed || row.groups.contains { $0.vetoed }
        var cells: [IndicatorCell] = []
        cells.reserveCapacity(paired.count)
        // By position, each indicator read in place: the paired view hands out a copy of each.
        for index in paired.indices {
            guard let position = paired.position(at: index) else {
                cells.append(IndicatorCell(shade: .absent, cell: CompareText.cell(nil), lost: "", zeroedByVeto: false,
                                           matrix: CompareText.cell(nil)))
                continue
            }
            let cell = CompareText.cell(row.indicators[position])
            let lost = CompareText.lost(row.indicators[position].pointsLost)
            let zeroed = anyVeto && CompareText.zeroedByVeto(row, row.indicators[position])
            let shade: IndicatorCell.Shade = row.indicators[position].vetoTriggered
                ? .vetoTriggered : row.indicators[position].share.map { .share($0) } ?? .unscored
            cells.append(IndicatorCell(shade: shade, cell: cell, lost: lost, zeroedByVeto: zeroed,
                                       matrix: CompareText.matrixCell(cell: cell, lost: lost, zeroedByVeto: zeroed)))
        }
        return cells
    }

    /// A row's line of the heat map: one cell per column (id and name), in the columns' order.
    static func heatRow(_ row: ComparisonRow, columns: [(id: String, name: String)]) -> String {
        var html = ByteBuffer()
        appendHeatRow(row, titles: columns.map { heatTitle(id: $0.id, name: $0.name) },
                      cells: indicatorCells(row, ids: columns.map(\.id)), to: &html)
        return html.text
    }

    /// A column's part of the titles of its heat map cells, " · id name：", escaped: the same in every row.
    static func heatTitle(id: String, name: String) -> [UInt8] {
        var title: [UInt8] = []
        E.append(" · ", to: &title)
        E.append(escaping: id, to: &title)
        E.append(" ", to: &title)
        E.append(escaping: name, to: &title)
        E.append("：", to: &title)
        return title
    }

    /// ``heatRow(_:columns:)`` written into `html`, with each column's title part (``heatTitle(id:name:)``) and
    /// cell made.
    static func appendHeatRow(_ row: ComparisonRow, titles: [[UInt8]], cells: [IndicatorCell], to html: inout ByteBuffer) {
        // Written into bytes, each text escaped once (a row has dozens of cells): the label is escaped into its
        // header cell and copied from there into every cell's title.
        html.reserve(320 * (titles.count + 1))
        E.append("<tr><th>", to: &html)
        let labelStart = html.count
        E.append(escaping: row.label, to: &html)
        let label = labelStart..<html.count
        E.append("</th>", to: &html)
        // By index, each cell read in place: iterating the pairs copied every cell.
        for index in titles.indices {
            let zeroed = cells[index].zeroedByVeto
            let shade = cells[index].shade
            let kind: StaticString = switch shade {
            case .vetoTriggered: #"<td class="cell veto-triggered" title=""#
            case .share: zeroed ? #"<td class="cell vetoed" title=""# : #"<td class="cell" title=""#
            case .unscored: #"<td class="cell unscored" title=""#
            case .absent: #"<td class="cell absent" title=""#
            }
            E.append(kind, to: &html)
            html.appendCopy(of: label)
            titles[index].withUnsafeBufferPointer { html.append($0) }
            E.append(escaping: cells[index].matrix, to: &html)
            switch shade {
            case .absent:
                E.append(#"">—</td>"#, to: &html)
                continue
            case .share(let share):
                E.append(#"" style="background:"#, to: &html)
                E.append(heatColour: zeroed ? .zero : share, to: &html)
            case .vetoTriggered, .unscored:
                break
            }
            E.append(#"">"#, to: &html)
            E.append(escaping: cells[index].cell, to: &html)
            if case .share = shade {
                if !cells[index].lost.isEmpty {
                    E.append("<small>", to: &html)
                    E.append(escaping: cells[index].lost, to: &html)
                    E.append("</small>", to: &html)
                }
                if zeroed { E.append("<small>否决，计 0</small>", to: &html) }
            }
            E.append("</td>", to: &html)
        }
        E.append("</tr>", to: &html)
    }

    /// A row's cells of the indicator matrix and of the metric table as UTF-8, one per indicator id, then one per
    /// metric id.
    static func columnCells(_ row: ComparisonRow, indicatorIds: [String], metricIds: [String]) -> HTMLReportRowPieces.Texts {
        var html = ByteBuffer()
        var ends: [Int] = []
        appendColumnCells(row, indicatorCells: indicatorCells(row, ids: indicatorIds), metricIds: metricIds,
                          to: &html, ends: &ends)
        return HTMLReportRowPieces.Texts(ends: ends, in: html.array, from: 0)
    }

    /// The same, with the indicators' cells already made, written one after another into `html`, with where each
    /// ends in it appended to `ends`: each cell is written as bytes (a row has dozens of cells, a String each cost
    /// more than the bytes).
    static func appendColumnCells(_ row: ComparisonRow, indicatorCells: [IndicatorCell], metricIds: [String],
                                  to html: inout ByteBuffer, ends: inout [Int]) {
        // Per-record metrics (`id[key]`) have no column.
        // Filtered (a copy of each metric) only when the row has such metrics.
        let ownMetrics = row.metrics.contains { $0.id.isPerRecord } ? row.metrics.filter { !$0.id.isPerRecord } : row.metrics
        let metrics = ItemsById.first(metricIds, in: ownMetrics, id: \.id)
        for index in indicatorCells.indices {
            appendNumericCell(indicatorCells[index].matrix, to: &html)
            ends.append(html.count)
        }
        // By position, each metric read in place: the paired view hands out a copy of each.
        for index in metrics.indices {
            appendNumericCell(CompareText.metric(shown: metrics.position(at: index).map { ownMetrics[$0].shown }), to: &html)
            ends.append(html.count)
        }
    }

    /// ``cellHTML(_:numeric:extraClass:)`` of a numeric cell, written into `html`.
    private static func appendNumericCell(_ cell: String, to html: inout ByteBuffer) {
        E.append(#"<td class="num">"#, to: &html)
        E.append(escaping: cell, to: &html)
        E.append("</td>", to: &html)
    }

    /// A department's profile, each line with its line break, written into `html`; the rank and the bars' colour
    /// come as text, so that a profile rendered ahead can leave holes for them (see ``HTMLReportRowPieces``).
    static func appendProfile(rank: String, row: ComparisonRow, colour: String, to html: inout ByteBuffer) {
        // Written into bytes: a batch renders a profile for every row it scores, and lines built as Strings,
        // escaped into new Strings and joined cost more than the markup itself.
        func markup(_ text: StaticString) { E.append(text, to: &html) }
        func escaped(_ text: String) { E.append(escaping: text, to: &html) }
        func line(_ open: StaticString, _ text: String, _ close: StaticString) {
            markup(open); escaped(text); markup(close); markup("\n")
        }
        markup("<article class=\"profile\">\n<h3>"); escaped("第 "); html.append(rank)
        escaped(" 名 · \(row.label)"); markup("</h3>\n")
        // "得分 85.5 / 已评分值 100（得分率 85.50%），等级 良好；数据核对不一致 2 项，发现问题 1 条。": the numbers
        // written as digits, which need no escaping, and only the grade escaped.
        markup("<p>得分 "); E.append(score: row.score, to: &html)
        markup(" / 已评分值 "); E.append(score: row.maxApplicable, to: &html)
        markup("（得分率 "); escaped(CompareText.percent(row.share))
        markup("），等级 "); escaped(CompareText.grade(row.grade))
        markup("；数据核对不一致 "); html.appendDecimal(digits: Int64(row.mismatchCount), places: 0)
        markup(" 项，发现问题 "); html.appendDecimal(digits: Int64(row.findingCount), places: 0)
        markup(" 条。</p>\n")
        if let veto = row.vetoSummary { line("<p class=\"veto\">", veto, "</p>") }
        markup("<div class=\"chart\">\n")
        HTMLReportCharts.appendProfile(row, colour: colour, to: &html)
        markup("\n</div>\n")
        let limit = 5
        if !row.mismatches.isEmpty {
            markup("<h4>数据核对不一致</h4><ul>\n")
            // Already in order of importance: errors, then the largest amounts (see ComparisonRow.Mismatch).
            for mismatch in row.mismatches.prefix(limit) {
                line("<li>", "【\(mismatch.severity.chineseName)】\(mismatch.name)：\(mismatch.explanation)", "</li>")
            }
            if row.mismatches.count > limit { line("<li>", "另有 \(row.mismatches.count - limit) 项，见单项报告", "</li>") }
            markup("</ul>\n")
        }
        if !row.findings.isEmpty {
            // Largest points at stake first; equal stakes keep the rubric's order.
            let top = row.findings.enumerated().sorted {
                $0.element.pointsAtStake != $1.element.pointsAtStake ? $0.element.pointsAtStake > $1.element.pointsAtStake : $0.offset < $1.offset
            }.map(\.element)
            markup("<h4>主要问题</h4><ul>\n")
            for finding in top.prefix(limit) { line("<li>", "\(finding.problem)（涉及失分 \(NumberFormat.score(finding.pointsAtStake))）", "</li>") }
            if top.count > limit { line("<li>", "另有 \(top.count - limit) 条", "</li>") }
            markup("</ul>\n")
        }
        line("<p class=\"note\">", "来源：\(row.path)", "</p>")
        markup("</article>\n")
    }

    private func tables(_ comparison: Comparison, columns: any HTMLReportColumns, out: HTMLReportOutput) throws {
        try out.line("<h3>排名表</h3>")
        let rankingNumeric: Set = [0, 2, 3, 4, 5, 7, 8]
        try tableStart(CompareText.rankingHeaders, numeric: rankingNumeric.contains, out: out)
        for entry in comparison.ranking {
            try tableRow(CompareText.rankingCells(entry), numeric: rankingNumeric.contains, out: out)
        }
        try tableEnd(out: out)

        // One column per department; the first column names the row.
        let labels = comparison.ranking.lazy.map(\.row.label)
        let allButFirst = { (index: Int) in index > 0 }
        try out.line("<h3>指标得分矩阵</h3>")
        try tableStart(["指标", "满分"] + labels, numeric: allButFirst, wide: true, out: out)
        for (index, column) in comparison.indicators.enumerated() {
            try out.part("<tr>" + Self.cellHTML("\(column.id) \(column.name)", numeric: false)
                         + Self.cellHTML(NumberFormat.score(column.points), numeric: true))
            try Self.copyColumn(index, of: columns, to: out)
            try out.line("</tr>")
        }
        try tableEnd(wide: true, out: out)

        try out.lines(["<h3>统计</h3>", #"<p class="note">均值、中位数只计已评分的值；“未评分数”为未评分或规则中没有该指标的评价对象数。</p>"#])
        var statistics = [["总分"] + CompareText.statistics(comparison.totalStatistics)]
        statistics += comparison.groups.map { [$0.name] + CompareText.statistics($0.statistics) }
        statistics += comparison.indicators.map { ["\($0.id) \($0.name)"] + CompareText.statistics($0.statistics) }
        try tableStart(["项目"] + CompareText.statisticsHeaders, numeric: allButFirst, out: out)
        for row in statistics { try tableRow(row, numeric: allButFirst, out: out) }
        try tableEnd(out: out)

        if !comparison.metrics.isEmpty {
            try out.line("<h3>计算项对比</h3>")
            try tableStart(["计算项"] + labels, numeric: allButFirst, wide: true, out: out)
            for (index, column) in comparison.metrics.enumerated() {
                try out.part("<tr>" + Self.cellHTML(column.name, numeric: false))
                try Self.copyColumn(comparison.indicators.count + index, of: columns, to: out)
                try out.line("</tr>")
            }
            try tableEnd(wide: true, out: out)
        }
        if !comparison.yearOverYear.isEmpty {
            try out.line("<h3>同比变化</h3>")
            for change in comparison.yearOverYear {
                try out.line("<h4>\(E.escape("\(change.department)：\(change.fromYear)年 → \(change.toYear)年（等级 \(CompareText.grade(change.gradeBefore)) → \(CompareText.grade(change.gradeAfter))）"))</h4>")
                if let unlike = CompareText.unlike(change) { try out.line(#"<p class="note">\#(E.escape("注：" + unlike))</p>"#) }
                let items = [change.total] + change.groups + change.indicators + change.metrics
                let numeric: Set = [1, 2, 3]
                try tableStart(["项目", "\(change.fromYear)年", "\(change.toYear)年", "变化"], numeric: numeric.contains, out: out)
                for item in items {
                    try tableRow([item.name, CompareText.figure(item.before, unit: item.unit), CompareText.figure(item.after, unit: item.unit),
                                  CompareText.delta(item)], numeric: numeric.contains, changeClass: (3, CompareText.changeClass(item)), out: out)
                }
                try tableEnd(out: out)
                try out.line(#"<p class="note">变化按两年显示的数值相减；绿色为变好、红色为变差（得分越高越好；计算项按规则声明的好坏方向 better，未声明的不着色）。</p>"#)
            }
        }
    }

    /// A column's cells, as bytes when the output takes bytes: decoding them into Strings only to write them
    /// out again checked every byte.
    private static func copyColumn(_ column: Int, of columns: any HTMLReportColumns, to out: HTMLReportOutput) throws {
        if out.takesUTF8 {
            try columns.forEachUTF8Piece(ofColumn: column) { try out.part(utf8: $0) }
        } else {
            try columns.forEachPiece(ofColumn: column, out.part)
        }
    }

    // A table is written in three parts so that its rows can come one at a time. A wide table (one column per
    // department) scrolls sideways on screen instead of squeezing the names.

    private func tableStart(_ headers: some Sequence<String>, numeric: (Int) -> Bool, wide: Bool = false,
                            out: HTMLReportOutput) throws {
        try out.line(wide ? #"<div class="scroll"><table class="wide">"# : "<table>")
        // Written into bytes, as the rows are: a wide table has a header per department.
        var html: [UInt8] = []
        E.append("<thead><tr>", to: &html)
        for (index, header) in headers.enumerated() {
            E.append(numeric(index) ? #"<th class="num">"# : "<th>", to: &html)
            E.append(escaping: header, to: &html)
            E.append("</th>", to: &html)
        }
        E.append("</tr></thead>", to: &html)
        try out.line(utf8: html[...])
        try out.line("<tbody>")
    }

    /// One body row; `changeClass` gives a column and the class (better / worse) of that column's cell.
    private func tableRow(_ cells: [String], numeric: (Int) -> Bool, changeClass: (column: Int, class: String?)? = nil,
                          out: HTMLReportOutput) throws {
        // Written into bytes: a String per cell, joined into the row's, cost more than the row's text, and the
        // ranking table has a row per department.
        var html: [UInt8] = []
        html.reserveCapacity(64 * (cells.count + 1))
        E.append("<tr>", to: &html)
        for (index, cell) in cells.enumerated() {
            Self.appendCell(cell, numeric: numeric(index), extraClass: index == changeClass?.column ? changeClass?.class : nil,
                            to: &html)
        }
        E.append("</tr>", to: &html)
        try out.line(utf8: html[...])
    }

    private func tableEnd(wide: Bool = false, out: HTMLReportOutput) throws {
        try out.lines(["</tbody>", wide ? "</table></div>" : "</table>"])
    }

    private static func cellHTML(_ cell: String, numeric: Bool, extraClass: String? = nil) -> String {
        var html: [UInt8] = []
        appendCell(cell, numeric: numeric, extraClass: extraClass, to: &html)
        return String(decoding: html, as: UTF8.self)
    }

    /// A body cell, its text escaped, written into `html`.
    private static func appendCell(_ cell: String, numeric: Bool, extraClass: String?, to html: inout [UInt8]) {
        switch (numeric, extraClass) {
        case (true, nil): E.append(#"<td class="num">"#, to: &html)
        case (true, let extraClass?): E.append(#"<td class="num "#, to: &html); html += extraClass.utf8; E.append(#"">"#, to: &html)
        case (false, let extraClass?): E.append(#"<td class=""#, to: &html); html += extraClass.utf8; E.append(#"">"#, to: &html)
        case (false, nil): E.append("<td>", to: &html)
        }
        E.append(escaping: cell, to: &html)
        E.append("</td>", to: &html)
    }
}
