import JixiaoExpression

extension Rubric {
    /// The id of the checks-only rubric `jixiao check` (and `score` on a file that names no rubric) uses.
    public static let checksOnlyId = "data-checks"

    /// The statement relations alone, for when `rubrics/data-checks.yaml` cannot be found (the binary runs
    /// away from the repository): checking what a file states needs no rubric data.
    public static let builtInChecksOnly = Rubric(
        id: checksOnlyId, version: "内置", title: "数据核对（不评分）",
        description: "只核对文件所写数字之间的关系（完成率、增减、增长率、占比、分项之和、两处所写是否一致）。",
        total: .zero, unit: "万元", rounding: RoundingPolicy(), grades: .standard, policy: ScoringPolicy(),
        facts: [], metrics: [], groups: [], file: "<内置>", sha256: "")
}
