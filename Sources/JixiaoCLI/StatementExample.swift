/// The annotated example statement of a template: every figure empty, each key explained in Chinese, so a
/// department copies it once per sentence of its 说明 or 自评 (docs/statements.md).
enum StatementExample {
    static func write(into out: inout TemplateLines) {
        out.blank()
        out.comment("文字陈述：说明、自评中关于某一科目或事项的每一句写一条，数字按原文照写（见 docs/statements.md）。")
        out.comment("下面一条是示例：换成原文的科目和数字，用不到的字段删去；其他字段：year、unit、counts、same_as、partial_items。")
        out.line("statements:")
        out.line("  - id: ~", "标识（可选），供其他陈述在 of、items、same_as 中引用")
        out.line("    subject: “三公”经费", "必填：所说的科目或事项，按原文简称（示例，请改）")
        out.line("    scope: ~", "口径（可选），如 一般公共预算财政拨款")
        out.line("    section: ~", "原文位置，如 第三部分 六")
        out.line("    line: ~", "原文行号（已知时）")
        out.line("    measure: ~", "amount 是什么：决算（默认）、预算 或 执行数")
        out.line("    amount: ~", "决算数（实际支出），如 26,085.58")
        out.line("    budget: ~", "预算数，如 27,080")
        out.line("    budget_kind: ~", "budget 是哪种预算：年初预算、调整后预算、全年预算 或 预算数（默认）")
        out.line("    completion_rate: ~", "完成预算的百分比，须带 %，如 96.33%")
        out.line("    vs_budget: ~", "较预算增减额，连同方向词，如 减少994.42")
        out.line("    vs_budget_rate: ~", "较预算增减的百分比，如 下降4.14%")
        out.line("    prior: ~", "上年数")
        out.line("    prior_measure: ~", "上年数的口径：决算（默认）或 预算")
        out.line("    change: ~", "较上年增减额，连同方向词，如 减少18,987.42；持平 写 持平")
        out.line("    growth: ~", "较上年增减率，如 下降42.13%")
        out.line("    share: ~", "占总数的百分比，如 11.81%；总数见 of")
        out.line("    of: ~", "share 所占的总数：另一条陈述的 id 或科目")
        out.line("    reason: ~", "原文给出的原因")
        out.line("    items:", "分项，其金额之和应等于本条；原文没有分项时删去")
        out.line("      - subject: 公务接待费", "分项也是一条陈述，可写上面的任何字段（示例，请改）")
        out.line("        amount: ~", "分项的决算数")
        out.line("        share: ~", "占本条的百分比")
    }
}
