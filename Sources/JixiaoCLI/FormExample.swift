/// The annotated example form of a template, written when a named rubric scores self-assessment forms
/// (docs/forms.md): every figure empty, so the unfilled template loads and each row is missing data.
enum FormExample {
    static func write(into out: inout TemplateLines) {
        out.blank()
        out.comment("绩效自评表：每个项目一张，表中数字、指标值按原文照写（见 docs/forms.md）；行数按表增减。")
        out.line("forms:")
        out.line("  - name: 待填写", "必填：项目名称（部门整体支出绩效自评表填部门名称）")
        out.line("    kind: 项目", "项目 或 部门整体")
        out.line("    funding:", "资金情况（万元）")
        out.line("      initial: ~", "年初预算数")
        out.line("      annual: ~", "全年预算数")
        out.line("      executed: ~", "全年执行数")
        out.line("      weight: ~", "预算执行率的分值（表中没有时按规则，10 分）")
        out.line("      rate: ~", "执行率，按表中所印，如 91.67%")
        out.line("      score: ~", "预算执行率的自评得分")
        out.line("    indicators:", "绩效指标，一行一条，按表中顺序")
        out.line("      - level1: 产出指标", "一级指标（示例，请改）")
        out.line("        level2: 数量指标", "二级指标")
        out.line("        name: 待填写", "三级指标名称")
        out.line("        weight: ~", "分值")
        out.line("        target: ~", "年度指标值，如 ≥95%、≤100%、266米、达到预期")
        out.line("        actual: ~", "实际完成值")
        out.line("        score: ~", "自评得分")
        out.line("        deviation: ~", "偏差原因分析及改进措施（未达到指标值时必填）")
        out.line("    total: ~", "总分，按表中所印")
        out.line("    grade: ~", "评价等级：优、良、中、差")
    }
}
