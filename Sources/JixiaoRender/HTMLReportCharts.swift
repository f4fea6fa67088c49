import JixiaoCompare
import JixiaoEngine
import JixiaoExpression

/// The inline SVG charts of the HTML report. Coordinates are computed from exact values and written with
/// one decimal, so the same input always gives the same bytes.
struct HTMLReportCharts {
    /// Grade → colour, by the grade's position in the rubric's order.
    var gradeColours: [String: String]

    init(comparison: Comparison) {
        var colours: [String: String] = [:]
        for (index, count) in comparison.gradeCounts.enumerated() {
            colours[count.grade] = index < HTMLReportEscaping.gradePalette.count
                ? HTMLReportEscaping.gradePalette[index] : HTMLReportEscaping.ungradedColour
        }
        gradeColours = colours
    }

    func colour(_ grade: String?) -> String {
        grade.flatMap { gradeColours[$0] } ?? HTMLReportEscaping.ungradedColour
    }

    private typealias E = HTMLReportEscaping
    private static let gridColour = "#d9e2ec"
    private static let trackColour = "#f0f4f8"
    private static let outlineColour = "#9aa5b1"

    /// One horizontal bar per department: the score on a 0 … total scale, coloured by grade, with the
    /// applicable maximum marked, and the score and grade written after the bar. Written line by line, since it
    /// has a few lines per department.
    func ranking(_ comparison: Comparison, out: HTMLReportOutput) throws {
        let (labelWidth, barWidth, valueWidth) = (300, 500, 170)
        let (rowHeight, barHeight, top) = (34, 20, 30)
        let width = labelWidth + barWidth + valueWidth
        let height = top + rowHeight * comparison.ranking.count + 10
        let scale = comparison.ranking.lazy.map(\.row.score).reduce(comparison.totalPoints) { max($0, $1) }
        try out.lines([#"<svg class="ranking" role="img" viewBox="0 0 \#(width) \#(height)" width="\#(width)" height="\#(height)">"#,
                       "<title>\(E.escape("按得分排名（满分 \(NumberFormat.score(comparison.totalPoints))）"))</title>"])
        // Grid lines at 0, 25, 50, 75 and 100 % of the scale.
        for quarter in 0...4 {
            let value = (scale * Rational(quarter)).divided(by: 4)!
            let x = E.coordinate(Rational(labelWidth) + E.scaled(value, of: scale, length: barWidth))
            try out.line(#"<line x1="\#(x)" y1="\#(top - 6)" x2="\#(x)" y2="\#(height - 6)" stroke="\#(Self.gridColour)" stroke-width="1"/>"#)
            try out.line(#"<text class="axis" x="\#(x)" y="\#(top - 12)" text-anchor="middle">\#(NumberFormat.score(value, places: 1))</text>"#)
        }
        // Each department's bar written into bytes, numbers as digits, not interpolated line by line: the lines
        // were Strings that were only turned into bytes again.
        for (index, entry) in comparison.ranking.enumerated() {
            let row = entry.row
            let y = top + index * rowHeight + (rowHeight - barHeight) / 2
            let textY = y + barHeight / 2 + 5
            let scoreWidth = E.scaled(row.score, of: scale, length: barWidth)
            let applicableWidth = E.scaled(row.maxApplicable, of: scale, length: barWidth)
            let grade = CompareText.grade(row.grade), label = row.label
            var svg = ByteBuffer(capacity: 1024)
            func markup(_ text: StaticString) { svg.append(text) }
            func text(_ text: String) { svg.append(text) }
            func number(_ value: Int) { svg.appendDecimal(digits: Int64(value), places: 0) }
            // "第 1 名 某局（2023年）：85.5 分，已评分值 100，得分率 85.50%，良好": only the texts need escaping.
            markup("<g>\n<title>第 "); number(entry.rank); markup(" 名 "); E.append(escaping: label, to: &svg)
            markup("："); E.append(score: row.score, to: &svg); markup(" 分，已评分值 "); E.append(score: row.maxApplicable, to: &svg)
            markup("，得分率 "); E.append(escaping: CompareText.percent(row.share), to: &svg); markup("，")
            E.append(escaping: grade, to: &svg)
            markup(#"</title>\#n<text x=""#); number(labelWidth - 10); markup(#"" y=""#); number(textY)
            markup(#"" text-anchor="end">"#); number(entry.rank); markup(". "); E.append(escaping: label, to: &svg); markup("</text>")
            markup(#"\#n<rect x=""#); number(labelWidth); markup(#"" y=""#); number(y); markup(#"" width=""#); number(barWidth)
            markup(#"" height=""#); number(barHeight); markup(#"" fill=""#); text(Self.trackColour); markup(#""/>"#)
            markup(#"\#n<rect x=""#); number(labelWidth); markup(#"" y=""#); number(y)
            markup(#"" width=""#); E.append(coordinate: applicableWidth, to: &svg); markup(#"" height=""#); number(barHeight)
            markup(#"" fill="none" stroke=""#); text(Self.outlineColour); markup(#"" stroke-dasharray="3 2"/>"#)
            markup(#"\#n<rect class="bar" x=""#); number(labelWidth); markup(#"" y=""#); number(y)
            markup(#"" width=""#); E.append(coordinate: scoreWidth, to: &svg); markup(#"" height=""#); number(barHeight)
            markup(#"" rx="2" fill=""#); text(colour(row.grade)); markup(#""/>"#)
            markup(#"\#n<text class="value" x=""#)
            E.append(coordinate: Rational(labelWidth + 8) + max(scoreWidth, applicableWidth), to: &svg)
            markup(#"" y=""#); number(textY); markup(#"">"#)
            E.append(score: row.score, to: &svg); markup(" 分 · "); E.append(escaping: grade, to: &svg)
            if row.anyVeto { markup(" · 一票否决") }
            markup("</text>\n</g>\n")
            try out.part(utf8: svg.array[...])
        }
        try out.line("</svg>")
    }

    /// One bar per top-level group: grey track for the group's points, dashed outline for the applicable
    /// part, the score filled in the department's grade colour.
    func profile(_ row: ComparisonRow) -> String {
        Self.profile(row, colour: colour(row.grade))
    }

    /// ``profile(_:)`` with the bars filled in `colour`.
    static func profile(_ row: ComparisonRow, colour: String) -> String {
        var svg = ByteBuffer()
        appendProfile(row, colour: colour, to: &svg)
        return String(decoding: svg.array, as: UTF8.self)
    }

    /// ``profile(_:colour:)`` written straight into `svg`.
    static func appendProfile(_ row: ComparisonRow, colour: String, to svg: inout ByteBuffer) {
        let groups = row.groups.filter { $0.level == 0 }
        let (labelWidth, barWidth, valueWidth) = (150, 260, 150)
        let (rowHeight, barHeight) = (28, 16)
        let width = labelWidth + barWidth + valueWidth
        let height = rowHeight * max(groups.count, 1) + 4
        let scale = groups.map(\.points).max() ?? .one
        // Written into bytes, not interpolated line by line: a batch renders a profile for every row it scores.
        svg.reserve(300 + 800 * groups.count)
        func markup(_ text: StaticString) { svg.append(text) }
        func text(_ text: String) { svg.append(text) }
        func number(_ value: Int) { svg.appendDecimal(digits: Int64(value), places: 0) }
        markup(#"<svg class="profile-bars" role="img" viewBox="0 0 "#); number(width); markup(" "); number(height)
        markup(#"" width=""#); number(width); markup(#"" height=""#); number(height); markup(#"">"#)
        markup("\n<title>"); E.append(escaping: "\(row.label) 各部分得分", to: &svg); markup("</title>")
        for (index, group) in groups.enumerated() {
            let y = index * rowHeight + (rowHeight - barHeight) / 2
            let textY = y + barHeight / 2 + 5
            let track = E.scaled(group.points, of: scale, length: barWidth)
            let applicable = E.scaled(group.maxApplicable, of: scale, length: barWidth)
            let score = E.scaled(group.score, of: scale, length: barWidth)
            markup(#"\#n<text x=""#); number(labelWidth - 8); markup(#"" y=""#); number(textY)
            markup(#"" text-anchor="end">"#); E.append(escaping: group.name, to: &svg); markup("</text>")
            markup(#"\#n<rect x=""#); number(labelWidth); markup(#"" y=""#); number(y)
            markup(#"" width=""#); E.append(coordinate: track, to: &svg); markup(#"" height=""#); number(barHeight)
            markup(#"" fill=""#); text(Self.trackColour); markup(#""/>"#)
            markup(#"\#n<rect x=""#); number(labelWidth); markup(#"" y=""#); number(y)
            markup(#"" width=""#); E.append(coordinate: applicable, to: &svg); markup(#"" height=""#); number(barHeight)
            markup(#"" fill="none" stroke=""#); text(Self.outlineColour); markup(#"" stroke-dasharray="3 2"/>"#)
            markup(#"\#n<rect class="bar" x=""#); number(labelWidth); markup(#"" y=""#); number(y)
            markup(#"" width=""#); E.append(coordinate: score, to: &svg); markup(#"" height=""#); number(barHeight)
            markup(#"" rx="2" fill=""#); text(colour); markup(#""/>"#)
            markup(#"\#n<text class="value" x=""#); E.append(coordinate: Rational(labelWidth + 8) + track, to: &svg)
            markup(#"" y=""#); number(textY); markup(#"">"#)
            // "8.5 / 10（可评 9）（一票否决）": numbers and fixed words, nothing to escape.
            E.append(score: group.score, to: &svg); markup(" / "); E.append(score: group.points, to: &svg)
            if group.maxApplicable != group.points {
                markup("（可评 "); E.append(score: group.maxApplicable, to: &svg); markup("）")
            }
            if group.vetoed { markup("（一票否决）") }
            markup("</text>")
        }
        markup("\n</svg>")
    }

    /// The grade counts as one stacked bar with a label per segment.
    func gradeStrip(_ comparison: Comparison) -> String {
        let total = comparison.ranking.count
        guard total > 0 else { return "" }
        let (width, height) = (640, 30)
        var svg = [#"<svg class="grades" role="img" viewBox="0 0 \#(width) \#(height)" width="\#(width)" height="\#(height)">"#,
                   "<title>\(E.escape("等级分布：\(CompareText.gradeSummary(comparison))"))</title>"]
        var x = Rational.zero
        let segments = comparison.gradeCounts.map { ($0.grade as String?, $0.count) } + [(nil, comparison.ungraded)]
        for (grade, count) in segments where count > 0 {
            let segment = E.scaled(Rational(count), of: Rational(total), length: width)
            svg.append(#"<rect x="\#(E.coordinate(x))" y="0" width="\#(E.coordinate(segment))" height="\#(height)" fill="\#(colour(grade))"/>"#)
            let middle = E.coordinate(x + segment.divided(by: 2)!)
            svg.append(#"<text x="\#(middle)" y="20" text-anchor="middle" style="fill:#fff;font-weight:600">\#(E.escape("\(CompareText.grade(grade)) \(count)"))</text>"#)
            x += segment
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }
}
