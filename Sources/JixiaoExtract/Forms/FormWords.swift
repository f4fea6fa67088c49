/// The words a 项目支出绩效自评表 / 部门整体支出绩效自评表 prints in its header cells and first columns, and what
/// each means. Columns are found by these words, never by their position: forms lay them out in different orders
/// and leave some out.
enum FormWords {
    /// Removes blanks (a word printed over two lines or with spaces: “年度 指标值”, “满意 度指 标”).
    static func compact(_ text: String) -> String {
        text.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{3000}" && $0 != "\n" && $0 != "\t" }
    }

    /// Text with the parenthesised notes of a header removed: “全年预算数(A)” → “全年预算数”.
    static func withoutNotes(_ text: String) -> String {
        var out = ""
        var depth = 0
        for ch in compact(text) {
            if ch == "(" || ch == "（" { depth += 1; continue }
            if ch == ")" || ch == "）" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(ch) }
        }
        return out
    }

    // MARK: Funding block

    enum FundingField: String, CaseIterable, Sendable {
        case initial, annual, executed, weight, rate, score
    }

    /// The funding column a header cell names.
    static func fundingField(_ header: String) -> FundingField? {
        let h = withoutNotes(header)
        if h.contains("年初预算") { return .initial }
        if h.contains("执行率") || h.contains("完成率") { return .rate }
        // 执行数 only: a 三公 or 决算 table's 支出数 / 决算数 beside a 预算数 is no form's funding block.
        if h.contains("执行数") { return .executed }
        if h.contains("预算数") || h.contains("调整后预算") || h.contains("全年预算") { return .annual }
        if h == "分值" || h == "权重" { return .weight }
        if h == "得分" || h == "自评得分" || h == "自评分" { return .score }
        return nil
    }

    /// A header row of the funding block: it names a budget and what was executed.
    static func isFundingHeader(_ row: FormRow) -> Bool {
        let fields = Set(row.cells.compactMap { fundingField($0.text) })
        return (fields.contains(.annual) || fields.contains(.initial)) && fields.contains(.executed)
    }

    /// The row of the funding block that holds the form's funding: 年度资金总额 (or 合计).
    static func isFundingTotal(_ label: String) -> Bool {
        let l = withoutNotes(label)
        return l.contains("资金总额") || l.hasPrefix("合计") || l.hasPrefix("总计") || l == "年度预算" || l.hasPrefix("预算资金总额")
    }

    /// A source line of the funding block: 其中 本年财政拨款, 上年结转资金, 其他资金 — the format holds the total only.
    static func isFundingPart(_ label: String) -> Bool {
        let l = withoutNotes(label)
        return l.hasPrefix("其中") || ["财政拨款", "上年结转", "其他资金", "补助", "自筹"].contains { l.contains($0) }
    }

    /// The unit a funding header names: “项目资金（万元）”, “单位：元”.
    static func unit(in texts: [String]) -> String? {
        for text in texts.map(compact) {
            for unit in ["亿元", "万元", "千元"] where text.contains(unit) { return unit }
            if text.contains("(元)") || text.contains("（元）") || text.contains("单位:元") || text.contains("单位：元") { return "元" }
        }
        return nil
    }

    // MARK: Indicator rows

    enum IndicatorField: String, CaseIterable, Sendable {
        case level1, level2, name, weight, target, actual, score, deviation
    }

    /// The indicator column a header cell names.
    static func indicatorField(_ header: String) -> IndicatorField? {
        let h = withoutNotes(header)
        if h.contains("一级指标") { return .level1 }
        if h.contains("二级指标") && !h.contains("三级") { return .level2 }
        if h.contains("三级指标") || h == "指标名称" || h == "绩效指标名称" || h == "指标内容" { return .name }
        if h.contains("偏差") || h.contains("未完成原因") || h.contains("改进措施") { return .deviation }
        if h.contains("实际") || h.contains("完成值") || h.contains("完成情况") { return .actual }
        if h.contains("指标值") || h.contains("目标值") || h.contains("预期值") { return .target }
        if h == "分值" || h == "权重" || h == "指标分值" || h == "权重分" { return .weight }
        if h == "得分" || h == "自评得分" || h == "自评分" || h == "实际得分" { return .score }
        return nil
    }

    /// A header row of the indicator rows: it names the 三级指标 and at least one of 分值, 指标值, 完成值, 得分.
    static func isIndicatorHeader(_ row: FormRow) -> Bool {
        let fields = Set(row.cells.compactMap { indicatorField($0.text) })
        return fields.contains(.name) && !fields.isDisjoint(with: [.weight, .target, .actual, .score])
    }

    /// 总分, 合计, 自评总分 …: the row or label of the printed total.
    static func isTotalLabel(_ label: String) -> Bool {
        let l = withoutNotes(label)
        return ["总分", "合计", "总计", "自评总分", "总得分", "自评得分合计", "得分合计"].contains(l)
    }

    static let projectLabels = ["项目名称", "专项资金名称", "专项名称", "资金名称"]
    static let departmentLabels = ["部门名称", "单位名称", "部门单位名称", "预算单位", "预算部门"]

    /// Labels whose cell to the right names the project (项目) or the department (部门整体); brackets are left out
    /// before matching, so 部门（单位）名称 is 部门名称 and 项目(专项)名称 is 项目名称.
    static func nameLabel(_ label: String) -> String? {
        let l = withoutNotes(label)
        if projectLabels.contains(l) { return "项目" }
        if departmentLabels.contains(l) { return "部门整体" }
        return nil
    }

    /// A label and its value printed in one cell: “项目名称：农村饮水工程”.
    static func labelledName(_ cell: String) -> (kind: String, name: String)? {
        let t = cell.trimmingBlanks()
        guard let colon = t.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let name = String(t[t.index(after: colon)...]).trimmingBlanks()
        guard !name.isEmpty, let kind = nameLabel(String(t[..<colon])) else { return nil }
        return (kind, name)
    }

    /// Labels of the text boxes a form prints after its rows (评价结论, 存在问题, 改进措施, 说明) and of its signatures.
    static func isClosingLabel(_ label: String) -> Bool {
        let l = withoutNotes(label)
        return ["评价结论", "自评结论", "存在问题", "存在的问题", "改进措施", "整改措施", "说明", "备注", "填报人", "审核人", "填表人",
                "项目负责人", "财务负责人", "单位负责人", "联系电话", "填报日期"].contains { l.hasPrefix($0) }
    }

    /// Labels whose cell to the right names the unit that carried the project out, for the file's department.
    static func isDepartmentLabel(_ label: String) -> Bool {
        ["实施单位", "项目实施单位", "主管部门", "项目主管部门"].contains(withoutNotes(label))
    }

    /// A form's title: a short line naming a 自评表.
    static func isTitle(_ text: String) -> Bool {
        guard text.contains("自评表") else { return false }
        let t = compact(text)
        return t.count <= 40 && !t.hasSuffix("。")
    }

    /// 部门整体 when the title says so.
    static func kind(ofTitle title: String) -> String {
        let t = compact(title)
        return t.contains("部门整体") || t.contains("整体支出") || t.contains("单位整体") ? "部门整体" : "项目"
    }

    // MARK: Levels of the 10号 template

    /// 一级指标 of the 财预〔2020〕10号 template, for pages whose cells are printed one per line.
    static let level1Words: Set<String> = ["产出指标", "效益指标", "满意度指标"]
    /// 二级指标 of the template. 成本指标 is a 二级指标 of 产出 there.
    static let level2Words: Set<String> = ["数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标",
                                           "生态效益指标", "可持续影响指标", "服务对象满意度指标", "满意度指标"]
}
