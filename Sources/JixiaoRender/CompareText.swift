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
        return cell(indicator)
    }

    /// The matrix cell of an indicator the row has; taken as it is, so that a caller reading it in place copies none.
    static func cell(_ indicator: ComparisonRow.IndicatorScore) -> String {
        if indicator.role == .veto {
            if indicator.vetoTriggered { return "已触发否决" }
            return indicator.state == .scored ? "未触发" : indicator.state.chineseName
        }
        return indicator.score.map { NumberFormat.score($0) } ?? indicator.state.chineseName
    }

    /// True when a veto zeroed what this indicator earned (its group's veto, or the whole total's).
    static func zeroedByVeto(_ row: ComparisonRow, _ indicator: ComparisonRow.IndicatorScore?) -> Bool {
        guard let indicator else { return false }
        return zeroedByVeto(row, indicator)
    }

    /// The same for an indicator the row has, taken as it is.
    static func zeroedByVeto(_ row: ComparisonRow, _ indicator: ComparisonRow.IndicatorScore) -> Bool {
        guard indicator.role != .veto else { return false }
        return row.vetoed || row.group(of: indicator)?.vetoed == true
    }

    /// The full matrix cell of the text, Markdown and HTML tables: "4（失 11）", "4（失 11；否决，计 0）", "已触发否决".
    static func matrixCell(_ row: ComparisonRow, _ indicator: ComparisonRow.IndicatorScore?) -> String {
        matrixCell(cell: cell(indicator), lost: lost(indicator), zeroedByVeto: zeroedByVeto(row, indicator))
    }

    /// The matrix cell from its parts, for a caller that shows them apart as well.
    static func matrixCell(cell: String, lost: String, zeroedByVeto: Bool) -> String {
        switch (lost.isEmpty, zeroedByVeto) {
        case (true, false): cell
        case (false, false): cell + "（" + lost + "）"
        case (true, true): cell + "（否决，计 0）"
        case (false, true): cell + "（" + lost + "；否决，计 0）"
        }
    }

    /// "浏阳市信访局（2023年）一票否决：重点任务得分归零" for every row with a veto.
    static func vetoLines(_ comparison: Comparison) -> [String] {
        comparison.ranking.map(\.row).compactMap { row in row.vetoSummary.map { row.label + $0 } }
    }

    static let excludedHeaders = ["部门", "年度", "规则版本", "得分", "已评分值", "等级", "不参与排名的原因"]

    static func excludedCells(_ excluded: ExcludedRow) -> [String] {
        let row = excluded.row
        return [row.department, String(row.year), row.rubricVersion.isEmpty ? "—" : row.rubricVersion,
                score(row.score), score(row.maxApplicable), grade(row.grade),
                excluded.reasons.map { reason(row, $0) }.joined(separator: "；")]
    }

    /// A reason in words: "可评分值 2 分，仅占满分 100 分的 2.00%，不足评定等级所需的 60.00%".
    static func reason(_ row: ComparisonRow, _ reason: ExcludedRow.Reason) -> String {
        switch reason {
        case .notScoredEnough:
            let share = row.maxApplicable.divided(by: row.totalPoints).map { "，仅占满分 \(score(row.totalPoints)) 分的 \($0.percentText(places: 2))" } ?? ""
            let required = row.gradeRequires.map { "所需的 \($0.percentText(places: 2))" } ?? ""
            return "可评分值 \(score(row.maxApplicable)) 分\(share)，不足评定等级\(required)，得分不具可比性"
        case .otherYear(let main): return "\(row.year) 年度的记录；本表排名的是 \(main) 年度"
        case .otherVersion(let main):
            return "按规则版本 \(row.rubricVersion.isEmpty ? "（未注明）" : row.rubricVersion) 评分；本表排名的版本为 \(main.isEmpty ? "（未注明）" : main)"
        }
    }

    /// "共 10 个评价对象参与排名；另有 1 个不参与排名（原因见下）".
    static func countLine(_ comparison: Comparison) -> String {
        var line = "共 \(comparison.ranking.count) 个评价对象参与排名"
        if let year = comparison.mainYear { line += "（\(year) 年度" + (comparison.mainVersion.isEmpty ? "）" : "，规则版本 \(comparison.mainVersion)）") }
        if !comparison.excluded.isEmpty { line += "；另有 \(comparison.excluded.count) 个不参与排名，原因见【不参与排名】" }
        return line + "；等级：\(gradeSummary(comparison))"
    }

    /// Why a year-over-year pair's totals are not compared: "2022 年度可评分值不足以评定等级，总分不作同比".
    static func unlike(_ change: YearOverYearChange) -> String? {
        guard !change.unlike.isEmpty else { return nil }
        let parts = change.unlike.map { unlike -> String in
            switch unlike {
            case .notScoredEnough(let year): "\(year) 年度可评分值不足以评定等级"
            case .versions(let before, let after): "两个年度按不同规则版本评分（\(before) → \(after)）"
            }
        }
        return parts.joined(separator: "，") + "，总分不作同比；分组、指标只比两年都按同一口径评分的部分"
    }

    /// The CSS class of a change's colour: better / worse by the figure's direction; nil when unknown or unchanged.
    static func changeClass(_ change: YearOverYearChange.Change) -> String? {
        guard let delta = change.delta, !delta.isZero else { return nil }
        switch change.better {
        case .higher: return delta > .zero ? "better" : "worse"
        case .lower: return delta < .zero ? "better" : "worse"
        case .neither: return nil
        }
    }

    /// "失 1.23" for a scored indicator that lost points; "" otherwise.
    static func lost(_ indicator: ComparisonRow.IndicatorScore?) -> String {
        lost(indicator?.pointsLost)
    }

    /// The same from the indicator's points lost, read without copying the indicator.
    static func lost(_ pointsLost: Rational?) -> String {
        guard let pointsLost, pointsLost > .zero else { return "" }
        return "失 " + NumberFormat.score(pointsLost)
    }

    static func grade(_ grade: String?) -> String { grade ?? "未评等级" }

    /// A metric value for a table; "—" when the department has no such metric.
    static func metric(_ metric: ComparisonRow.MetricValue?) -> String { Self.metric(shown: metric?.shown) }

    /// The same from the metric's shown text, read without copying the metric.
    static func metric(shown: String?) -> String { shown ?? "—" }

    /// A change in a year-over-year table, with its unit ("+1.5分", "-2.31个百分点"); "不可比" when both years
    /// have a value that does not measure the same thing.
    static func delta(_ change: YearOverYearChange.Change) -> String {
        if !change.comparable, change.before != nil, change.after != nil { return "不可比" }
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
                percent(row.share), grade(row.grade) + (row.anyVeto ? "（一票否决）" : ""),
                String(row.mismatchCount), String(row.findingCount)]
    }

    static let tieRule = "名次规则：按得分从高到低；得分相同者名次相同（如 1、2、2、4），列出顺序依次按得分率（得分 ÷ 已评分值）从高到低、部门名称 Unicode 顺序。"
}

extension String {
    fileprivate func withUnit(_ unit: String, if present: Bool) -> String { present ? self + unit : self }
}
