import JixiaoCompare
import JixiaoEngine
import JixiaoExpression

/// Cell texts shared by the comparison renderers (text, Markdown, HTML), so all formats say the same thing.
enum CompareText {
    static func score(_ value: Rational?) -> String {
        value.map { NumberFormat.score($0) } ?? "—"
    }

    /// "96.99%": a share of points, two decimals.
    static func percent(_ share: Rational?) -> String {
        share.map { $0.percentText(places: 2) } ?? "—"
    }

    /// "+1.5" / "-0.25" / "0".
    static func signed(_ value: Rational?) -> String {
        guard let value else { return "—" }
        let text = NumberFormat.score(value)
        return value > .zero ? "+" + text : text
    }

    /// A matrix cell: the score, or the state when there is none ("缺少数据"), or "—" when the rubric has no such indicator.
    static func cell(_ indicator: ComparisonRow.IndicatorScore?) -> String {
        guard let indicator else { return "—" }
        if indicator.role == .veto { return indicator.state == .scored ? "未触发" : indicator.state.chineseName }
        return indicator.score.map { NumberFormat.score($0) } ?? indicator.state.chineseName
    }

    /// "失 1.23" for a scored indicator that lost points; "" otherwise.
    static func lost(_ indicator: ComparisonRow.IndicatorScore?) -> String {
        guard let lost = indicator?.pointsLost, lost > .zero else { return "" }
        return "失 " + NumberFormat.score(lost)
    }

    static func grade(_ grade: String?) -> String { grade ?? "未评等级" }

    /// A metric value for a table; "—" when the department has no such metric.
    static func metric(_ metric: ComparisonRow.MetricValue?) -> String { metric?.shown ?? "—" }

    /// A change in a year-over-year table, with its unit ("+1.5分", "-2.31个百分点").
    static func delta(_ change: YearOverYearChange.Change) -> String {
        guard let delta = change.delta else { return "—" }
        let unit = change.unit == "%" ? "个百分点" : change.unit
        return signed(delta) + unit
    }

    /// A before/after figure of a change, with its unit.
    static func figure(_ value: Rational?, unit: String) -> String {
        guard let value else { return "—" }
        return NumberFormat.score(value) + unit
    }

    /// "共 3 个；均值 9.42，中位数 9.5，最低 8.77，最高 10；1 个未评分".
    static func statistics(_ statistics: Statistics, unit: String = "") -> [String] {
        [String(statistics.count), score(statistics.mean).withUnit(unit, if: statistics.mean != nil),
         score(statistics.median).withUnit(unit, if: statistics.median != nil),
         score(statistics.minimum).withUnit(unit, if: statistics.minimum != nil),
         score(statistics.maximum).withUnit(unit, if: statistics.maximum != nil),
         String(statistics.notScored)]
    }

    static let statisticsHeaders = ["已评分数", "均值", "中位数", "最低", "最高", "未评分数"]

    /// "1 个不一致" style summary of grade counts: "优秀 1，良好 0，…".
    static func gradeSummary(_ comparison: Comparison) -> String {
        var parts = comparison.gradeCounts.map { "\($0.grade) \($0.count)" }
        if comparison.ungraded > 0 { parts.append("未评等级 \(comparison.ungraded)") }
        return parts.joined(separator: "，")
    }

    static func heading(_ comparison: Comparison) -> String {
        "\(comparison.rubricTitle)（\(comparison.rubricId)，满分 \(NumberFormat.score(comparison.totalPoints))）"
    }

    static let rankingHeaders = ["名次", "部门", "年度", "得分", "已评分值", "得分率", "等级", "不一致", "问题"]

    static func rankingCells(_ entry: RankedRow) -> [String] {
        let row = entry.row
        return [String(entry.rank), row.department, String(row.year), score(row.score), score(row.maxApplicable),
                percent(row.share), grade(row.grade) + (row.vetoed ? "（一票否决）" : ""),
                String(row.mismatchCount), String(row.findingCount)]
    }

    static let tieRule = "名次规则：按得分从高到低；得分相同者名次相同（如 1、2、2、4），列出顺序依次按得分率（得分 ÷ 已评分值）从高到低、部门名称 Unicode 顺序。"
}

extension String {
    fileprivate func withUnit(_ unit: String, if present: Bool) -> String { present ? self + unit : self }
}
